import { pbkdf2Sync } from 'crypto'

import { passwordMatches } from '@/domain/passwordPolicy'
import { accountChangeProblem, accountDeletionProblem, needsCurrentPassword } from '@/domain/users'

const director = { id: 1, roles: ['director'] }
const admin = { id: 2, roles: ['admin'] }
const clerk = { id: 3, roles: ['cs-clerk'], name: '小刘', manager: 7, department: null }
const otherAdmin = { id: 4, roles: ['admin'], email: 'root@test.local' }

describe('accountChangeProblem', () => {
  it.each<
    [
      string,
      { id: number; roles: string[] },
      Record<string, unknown>,
      Record<string, unknown>,
      string | null,
    ]
  >([
    [
      'the director setting the admin’s password',
      director,
      otherAdmin,
      { password: 'x'.repeat(12) },
      'password',
    ],
    [
      'an admin setting another admin’s password',
      admin,
      otherAdmin,
      { password: 'x'.repeat(12) },
      'password',
    ],
    ['an admin setting a clerk’s password', admin, clerk, { password: 'x'.repeat(12) }, 'password'],
    ['a clerk setting their own password', clerk, clerk, { password: 'x'.repeat(12) }, null],
    ['an empty password (Payload ignores it)', director, clerk, { password: '' }, null],
    [
      'the director changing the admin’s email',
      director,
      otherAdmin,
      { email: 'me@test.local' },
      'email',
    ],
    [
      'the director sending the admin’s email unchanged',
      director,
      otherAdmin,
      { email: 'ROOT@test.local' },
      null,
    ],
    [
      'an admin changing another admin’s email',
      admin,
      otherAdmin,
      { email: 'new@test.local' },
      null,
    ],
    ['the director changing a clerk’s email', director, clerk, { email: 'new@test.local' }, null],
    ['a clerk renaming themself', clerk, clerk, { name: '别人' }, 'name'],
    ['a clerk sending their name unchanged', clerk, clerk, { name: '小刘' }, null],
    ['a clerk choosing their manager', clerk, clerk, { manager: 3 }, 'manager'],
    [
      'a clerk sending their manager unchanged, as an id string',
      clerk,
      clerk,
      { manager: '7' },
      null,
    ],
    [
      'a clerk sending their manager unchanged, populated',
      clerk,
      clerk,
      { manager: { id: 7 } },
      null,
    ],
    ['a clerk clearing their manager', clerk, clerk, { manager: null }, 'manager'],
    ['a clerk sending an empty department', clerk, clerk, { department: '' }, null],
    ['a clerk choosing a department', clerk, clerk, { department: 'management' }, 'department'],
    ['a clerk choosing a duty post', clerk, clerk, { dutyPost: 'gate-1' }, 'dutyPost'],
    ['a clerk raising their role', clerk, clerk, { roles: ['cs-clerk', 'director'] }, 'roles'],
    ['a clerk changing their phone', clerk, clerk, { phone: '123' }, null],
    [
      'the director renaming a clerk',
      director,
      clerk,
      { name: '王', manager: 1, dutyPost: 'gate-1' },
      null,
    ],
  ])('%s', (_name, actor, target, data, field) => {
    const problem = accountChangeProblem({ actor, target: target as { id: number }, data })
    expect(problem?.field ?? null).toBe(field)
    if (problem) expect(problem.message).toContain(field)
  })
})

describe('accountDeletionProblem', () => {
  it('should let only an admin delete an admin', () => {
    expect(accountDeletionProblem({ actor: director, target: otherAdmin })).not.toBeNull()
    expect(accountDeletionProblem({ actor: admin, target: otherAdmin })).toBeNull()
    expect(accountDeletionProblem({ actor: director, target: clerk })).toBeNull()
  })
})

describe('needsCurrentPassword', () => {
  const self = { id: 3, email: 'me@test.local' }
  it.each<[string, number, Record<string, unknown>, boolean]>([
    ['own new password', 3, { password: 'x'.repeat(12) }, true],
    ['own new email', 3, { email: 'else@test.local' }, true],
    ['own email unchanged', 3, { email: ' ME@test.local ' }, false],
    ['own phone', 3, { phone: '1' }, false],
    ['someone else’s email', 1, { email: 'else@test.local' }, false],
  ])('%s → %p', (_name, actorId, data, expected) => {
    expect(needsCurrentPassword({ actorId, target: self, data })).toBe(expected)
  })
})

describe('passwordMatches', () => {
  const salt = 'a1b2c3'
  it('should accept the right password for a current-format hash and refuse others', async () => {
    const hash = `pbkdf2-sha256-v1:${pbkdf2Sync('right-password', salt, 600_000, 32, 'sha256').toString('hex')}`
    expect(await passwordMatches({ hash, salt }, 'right-password')).toBe(true)
    expect(await passwordMatches({ hash, salt }, 'wrong-password')).toBe(false)
    expect(await passwordMatches({ hash, salt }, '')).toBe(false)
  })

  it('should accept a legacy hash', async () => {
    const hash = pbkdf2Sync('right-password', salt, 25_000, 512, 'sha256').toString('hex')
    expect(await passwordMatches({ hash, salt }, 'right-password')).toBe(true)
    expect(await passwordMatches({ hash, salt }, 'wrong-password')).toBe(false)
  })

  it('should refuse an account without a stored hash', async () => {
    expect(await passwordMatches({}, 'anything')).toBe(false)
  })
})
