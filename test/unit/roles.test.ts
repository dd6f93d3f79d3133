import { roleChangeProblem } from '@/domain/roleChanges'
import type { Role } from '@/domain/roles'
import { mayReadConfidential, rolesOf } from '@/domain/roles'

describe('mayReadConfidential', () => {
  it.each<[Role[], boolean]>([
    [['security-guard'], false],
    [['engineer'], false],
    [['security-guard', 'engineer'], false],
    [['cs-clerk'], true],
    [['dispatcher'], true],
    [['director'], true],
    [['security-guard', 'cs-clerk'], true],
    [[], false],
  ])('%p → %p', (roles, expected) => {
    expect(mayReadConfidential(roles)).toBe(expected)
  })
})

describe('rolesOf', () => {
  it('should ignore values that are not roles', () => {
    expect(rolesOf({ roles: ['director', 'king', 3] })).toEqual(['director'])
    expect(rolesOf(null)).toEqual([])
    expect(rolesOf({ roles: 'director' })).toEqual([])
  })
})

describe('roleChangeProblem', () => {
  const base = { actorId: 1, targetId: 2, before: ['cs-clerk'] as Role[] }
  it.each<[string, Role[], Role[], number | undefined, boolean]>([
    ['a clerk granting anything', ['cs-clerk'], ['cs-clerk', 'dispatcher'], 2, false],
    ['the director granting dispatcher', ['director'], ['cs-clerk', 'dispatcher'], 2, true],
    ['the director raising themself', ['director'], ['director', 'admin'], 1, false],
    ['the director granting admin', ['director'], ['cs-clerk', 'admin'], 2, false],
    ['an admin granting admin', ['admin'], ['cs-clerk', 'admin'], 2, true],
    ['an admin changing their own roles', ['admin'], ['admin', 'director'], 1, false],
  ])('%s', (_name, actorRoles, after, targetId, allowed) => {
    const problem = roleChangeProblem({ ...base, actorRoles, after, targetId })
    expect(problem === null).toBe(allowed)
  })

  it('should allow saving the same roles in another order', () => {
    expect(
      roleChangeProblem({
        actorRoles: ['cs-clerk'],
        actorId: 1,
        targetId: 1,
        before: ['cs-clerk', 'dispatcher'],
        after: ['dispatcher', 'cs-clerk'],
      }),
    ).toBeNull()
  })
})
