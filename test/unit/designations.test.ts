import { changedDesignations, designatedHead, duplicateDepartment } from '@/domain/designations'

describe('department heads: one per department', () => {
  it('should name the first department given twice', () => {
    expect(
      duplicateDepartment([
        { department: 'engineering', user: 1 },
        { department: 'security', user: 2 },
        { department: 'engineering', user: 3 },
      ]),
    ).toBe('engineering')
  })

  it('should accept distinct departments and an empty table', () => {
    expect(duplicateDepartment([{ department: 'engineering', user: 1 }])).toBeNull()
    expect(duplicateDepartment(null)).toBeNull()
  })

  it('should find the head of a department, populated or not', () => {
    const rows = [
      { department: 'engineering', user: { id: 7, name: 'x' } },
      { department: 'security', user: 9 },
    ]
    expect(designatedHead(rows, 'engineering')).toBe(7)
    expect(designatedHead(rows, 'security')).toBe(9)
    expect(designatedHead(rows, 'finance')).toBeUndefined()
  })
})

describe('which designations a save changes', () => {
  const before = {
    officeHead: 3,
    departmentHeads: [
      { id: 'a', department: 'engineering', user: 7 },
      { id: 'b', department: 'security', user: 9 },
    ],
  }

  it('should see no change in the same people, populated, reordered, with new row ids', () => {
    expect(
      changedDesignations(before, {
        officeHead: { id: 3 },
        departmentHeads: [
          { department: 'security', user: { id: 9 } },
          { department: 'engineering', user: 7 },
        ],
      }),
    ).toEqual([])
  })

  it('should name the office head and the heads when they change', () => {
    expect(
      changedDesignations(before, {
        officeHead: null,
        departmentHeads: [{ department: 'engineering', user: 8 }],
      }),
    ).toEqual(['officeHead', 'departmentHeads'])
    expect(changedDesignations({}, { officeHead: 5 })).toEqual(['officeHead'])
  })
})
