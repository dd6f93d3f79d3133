import { followUpScope, headedDepartments } from '@/domain/followUps/dashboardScope'

describe('whose follow-ups a manager watches on the dashboard', () => {
  const heads = [
    { department: 'cleaning', user: 7 },
    { department: 'engineering', user: { id: 7 } },
    { department: 'security', user: 8 },
    { department: null, user: 7 },
  ]

  it('should find the departments a user heads, by id or populated user', () => {
    expect(headedDepartments(heads, 7)).toEqual(['cleaning', 'engineering'])
    expect(headedDepartments(heads, '8')).toEqual(['security'])
    expect(headedDepartments(null, 7)).toEqual([])
  })

  it('should give the director and the general manager the whole office', () => {
    expect(followUpScope({ id: 1, roles: ['director'], department: 'management' }, [])).toEqual({
      kind: 'office',
    })
    expect(followUpScope({ id: 2, roles: ['general-manager'] }, [])).toEqual({ kind: 'office' })
  })

  it('should give another manager their department and those they head, once each', () => {
    expect(
      followUpScope({ id: 7, roles: ['property-manager'], department: 'engineering' }, [
        'cleaning',
        'engineering',
      ]),
    ).toEqual({ kind: 'department', departments: ['engineering', 'cleaning'] })
    expect(
      followUpScope({ id: 9, roles: ['site-manager'], department: 'customer-service' }, []),
    ).toEqual({ kind: 'department', departments: ['customer-service'] })
  })

  it('should give no team to a manager without a department, nor to staff', () => {
    expect(followUpScope({ id: 9, roles: ['site-manager'], department: null }, [])).toBeNull()
    expect(
      followUpScope({ id: 3, roles: ['site-captain'], department: 'security' }, ['security']),
    ).toBeNull()
    expect(followUpScope({ id: 4, roles: ['admin'] }, [])).toBeNull()
  })
})
