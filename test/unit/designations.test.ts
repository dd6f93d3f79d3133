import type { ComplaintState } from '@/domain/complaints/actions'
import { planComplaintAction } from '@/domain/complaints/actions'
import {
  changedDesignations,
  designatedHead,
  duplicateDepartment,
  isHeadOrAbove,
} from '@/domain/designations'
import type { Role } from '@/domain/roles'

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

describe('who signs for a department', () => {
  const signOff = { department: 'engineering', head: 5, above: [8, 9] }

  it('should let the head and the managers above the head sign', () => {
    expect(isHeadOrAbove({ id: 5, roles: ['site-captain'] }, signOff)).toBe(true)
    expect(isHeadOrAbove({ id: 9, roles: ['site-manager'] }, signOff)).toBe(true)
  })

  it('should let a senior manager sign for any department', () => {
    expect(isHeadOrAbove({ id: 1, roles: ['property-manager'] }, signOff)).toBe(true)
    expect(isHeadOrAbove({ id: 2, roles: ['director'] }, signOff)).toBe(true)
  })

  it('should refuse a manager of another department who is not above the head', () => {
    expect(isHeadOrAbove({ id: 3, roles: ['site-manager'] }, signOff)).toBe(false)
    expect(isHeadOrAbove({ id: 4, roles: ['admin'] }, signOff)).toBe(false)
  })
})

describe('销项 of a complaint', () => {
  const complaint: ComplaintState = {
    status: 'in-progress',
    channel: 'phone',
    severity: 'general',
    department: 'engineering',
  }
  const plan = (state: ComplaintState, actor: { id: number; roles: Role[] }) =>
    planComplaintAction({
      action: 'resolve',
      complaint: state,
      body: { result: '已修复', verdict: 'substantiated', verdictNote: '经核实属实' },
      actor,
      now: new Date(),
    })

  it('should leave it to the managers while no head is designated', () => {
    expect(plan(complaint, { id: 3, roles: ['site-manager'] }).ok).toBe(true)
    expect(plan(complaint, { id: 5, roles: ['site-captain'] }).ok).toBe(false)
  })

  it('should follow the designated head once there is one, naming the department when refused', () => {
    const designated = { ...complaint, signOff: { department: 'engineering', head: 5, above: [] } }
    expect(plan(designated, { id: 5, roles: ['site-captain'] }).ok).toBe(true)
    const refused = plan(designated, { id: 3, roles: ['site-manager'] })
    expect(refused).toMatchObject({ ok: false, status: 403 })
    expect(!refused.ok && refused.message).toContain('工程部负责人')
  })

  it('should still refuse the head signing a complaint not yet in progress (400 on status)', () => {
    const designated = {
      ...complaint,
      status: 'dispatched' as const,
      signOff: { department: 'engineering', head: 5, above: [] },
    }
    expect(plan(designated, { id: 5, roles: ['site-captain'] })).toMatchObject({
      ok: false,
      status: 400,
      field: 'status',
    })
  })
})
