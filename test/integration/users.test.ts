import type { Payload } from 'payload'

import { slugs } from '@/slugs'

import type { Booted, ErrorBody } from '../helpers/payload'
import { bootPayload, errorPaths, restClient } from '../helpers/payload'
import type { Mailbox } from '../helpers/smtp'
import { smtpEnv, startMailbox } from '../helpers/smtp'
import type { StaffMember } from '../helpers/staff'
import { createStaff, TEST_PASSWORD } from '../helpers/staff'

let booted: Booted
let payload: Payload
let rest: ReturnType<typeof restClient>
let mailbox: Mailbox
let staff: Awaited<ReturnType<typeof createStaff>>

const NEW_PASSWORD = 'a-brand-new-passphrase'

/** A fresh account per test, so that one test's password change does not leak into another. */
let serial = 0
const newAccount = async (roles: string[] = ['cs-clerk']): Promise<StaffMember> => {
  serial += 1
  const email = `person${serial}@test.local`
  const user = await payload.create({
    collection: slugs.users,
    data: { email, password: TEST_PASSWORD, name: `员工${serial}`, roles: roles as never },
  })
  return { id: user.id, email, role: roles[0] as never }
}

const stored = (id: number | string) =>
  payload.findByID({ collection: slugs.users, id, showHiddenFields: true, depth: 0 })

const loginStatus = async (email: string, password: string) =>
  (await rest.post('/users/login', { body: { email, password } })).status

beforeAll(async () => {
  mailbox = await startMailbox()
  booted = await bootPayload('users', smtpEnv(mailbox))
  payload = booted.payload
  rest = restClient(booted.config)
  staff = await createStaff(payload)
})

afterAll(async () => {
  await booted?.shutdown()
  await mailbox?.close()
})

const waitForMail = async (address: string) => {
  for (let i = 0; i < 100 && mailbox.to(address).length === 0; i++) {
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  return mailbox.to(address)
}

const tokenFrom = (html: string) => {
  const match = /\/reset\/([0-9a-f]{20,})/.exec(html)
  if (!match) throw new Error(`no reset link in: ${html}`)
  return match[1]
}

describe('password reset', () => {
  it('should mail a token that resets the password once, after which the old password and the token fail', async () => {
    const person = await newAccount()
    mailbox.clear()
    const forgot = await rest.post('/users/forgot-password', { body: { email: person.email } })
    expect(forgot.status).toBe(200)
    const mails = await waitForMail(person.email)
    expect(mails).toHaveLength(1)
    const token = tokenFrom(String(mails[0].html || mails[0].text))

    const reset = await rest.post('/users/reset-password', {
      body: { token, password: NEW_PASSWORD },
    })
    expect(reset.status).toBe(200)
    expect(await loginStatus(person.email, TEST_PASSWORD)).toBe(401)
    expect(await loginStatus(person.email, NEW_PASSWORD)).toBe(200)

    const again = await rest.post('/users/reset-password', {
      body: { token, password: 'yet-another-passphrase' },
    })
    expect(again.status).toBeGreaterThanOrEqual(400)
    expect(await loginStatus(person.email, NEW_PASSWORD)).toBe(200)
    expect(await loginStatus(person.email, 'yet-another-passphrase')).toBe(401)
  })

  it('should answer a known and an unknown email alike, mailing only the known one', async () => {
    const person = await newAccount()
    mailbox.clear()
    const known = await rest.post('/users/forgot-password', { body: { email: person.email } })
    const unknown = await rest.post('/users/forgot-password', {
      body: { email: 'nobody-here@test.local' },
    })
    expect(unknown.status).toBe(known.status)
    expect(unknown.body).toEqual(known.body)
    await waitForMail(person.email)
    expect(mailbox.to(person.email)).toHaveLength(1)
    expect(mailbox.to('nobody-here@test.local')).toHaveLength(0)
  })

  it('should refuse a reset password shorter than the policy, keeping the token usable', async () => {
    const person = await newAccount()
    mailbox.clear()
    await rest.post('/users/forgot-password', { body: { email: person.email } })
    const token = tokenFrom(String((await waitForMail(person.email))[0].html))
    const short = await rest.post<ErrorBody>('/users/reset-password', {
      body: { token, password: 'short-pass' },
    })
    expect(short.status).toBe(400)
    expect(errorPaths(short.body)).toContain('password')
    expect(await loginStatus(person.email, TEST_PASSWORD)).toBe(200)
    const ok = await rest.post('/users/reset-password', { body: { token, password: NEW_PASSWORD } })
    expect(ok.status).toBe(200)
  })

  it('should mail once for two requests in quick succession (Payload’s request interval)', async () => {
    const person = await newAccount()
    mailbox.clear()
    const first = await rest.post('/users/forgot-password', { body: { email: person.email } })
    const second = await rest.post('/users/forgot-password', { body: { email: person.email } })
    expect(second.status).toBe(first.status)
    expect(second.body).toEqual(first.body)
    await waitForMail(person.email)
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(mailbox.to(person.email)).toHaveLength(1)
    const user = await stored(person.id)
    expect(user.resetPasswordRequestedAt).toBeTruthy()
  })
})

describe('who changes whose account', () => {
  const tokens = new Map<string, string>()
  const tokenOf = async (member: StaffMember) => {
    tokens.set(
      member.email,
      tokens.get(member.email) ?? (await rest.login(member.email, TEST_PASSWORD)),
    )
    return tokens.get(member.email)!
  }

  it('should refuse the director setting the administrator’s password or email, changing nothing', async () => {
    const admin = await newAccount(['admin'])
    const before = await stored(admin.id)
    const token = await tokenOf(staff.director)
    const password = await rest.patch(`/users/${admin.id}`, {
      token,
      body: { password: NEW_PASSWORD },
    })
    expect(password.status).toBe(403)
    expect(JSON.stringify(password.body)).toContain('password')
    const email = await rest.patch(`/users/${admin.id}`, {
      token,
      body: { email: 'taken-over@test.local' },
    })
    expect(email.status).toBe(403)
    expect(JSON.stringify(email.body)).toContain('email')
    const after = await stored(admin.id)
    expect(after.email).toBe(admin.email)
    expect(after.hash).toBe(before.hash)
    expect(await loginStatus(admin.email, TEST_PASSWORD)).toBe(200)
  })

  it('should refuse the director deleting an admin, and let an admin do it', async () => {
    const admin = await newAccount(['admin'])
    const refused = await rest.delete(`/users/${admin.id}`, {
      token: await tokenOf(staff.director),
    })
    expect(refused.status).toBe(403)
    expect(
      await payload.count({ collection: slugs.users, where: { id: { equals: admin.id } } }),
    ).toEqual({ totalDocs: 1 })
    const allowed = await rest.delete(`/users/${admin.id}`, { token: await tokenOf(staff.admin) })
    expect(allowed.status).toBe(200)
    expect(
      await payload.count({ collection: slugs.users, where: { id: { equals: admin.id } } }),
    ).toEqual({ totalDocs: 0 })
  })

  it('should let the director delete a clerk account', async () => {
    const clerk = await newAccount()
    const res = await rest.delete(`/users/${clerk.id}`, { token: await tokenOf(staff.director) })
    expect(res.status).toBe(200)
  })

  it('should refuse even an admin setting another person’s password, keeping the old one', async () => {
    const clerk = await newAccount()
    const before = await stored(clerk.id)
    for (const manager of [staff.admin, staff.director]) {
      const res = await rest.patch(`/users/${clerk.id}`, {
        token: await tokenOf(manager),
        body: { password: NEW_PASSWORD, currentPassword: TEST_PASSWORD },
      })
      expect(res.status).toBe(403)
      expect(JSON.stringify(res.body)).toContain('password')
    }
    expect((await stored(clerk.id)).hash).toBe(before.hash)
    expect(await loginStatus(clerk.email, TEST_PASSWORD)).toBe(200)
    expect(await loginStatus(clerk.email, NEW_PASSWORD)).toBe(401)
  })

  it('should let the director set a clerk’s name, manager, department and duty post', async () => {
    const clerk = await newAccount()
    const res = await rest.patch(`/users/${clerk.id}`, {
      token: await tokenOf(staff.director),
      body: {
        name: '前台小王',
        manager: staff['site-manager'].id,
        department: 'customer-service',
        dutyPost: 'front-desk',
        email: `renamed-${clerk.email}`,
      },
    })
    expect(res.status).toBe(200)
    const after = await stored(clerk.id)
    expect(after).toMatchObject({
      name: '前台小王',
      department: 'customer-service',
      dutyPost: 'front-desk',
      email: `renamed-${clerk.email}`,
    })
    expect(after.manager).toBe(staff['site-manager'].id)
  })

  it.each([
    ['name', '冒名顶替'],
    ['manager', 'self'],
    ['department', 'management'],
    ['dutyPost', 'front-desk'],
    ['roles', ['cs-clerk', 'site-manager']],
  ])(
    'should refuse a clerk setting their own %s with 403 naming it, changing nothing',
    async (field, value) => {
      const clerk = await newAccount()
      const token = await rest.login(clerk.email, TEST_PASSWORD)
      const before = await stored(clerk.id)
      const res = await rest.patch(`/users/${clerk.id}`, {
        token,
        body: { [field]: value === 'self' ? clerk.id : value, phone: '0571-1234' },
      })
      expect(res.status).toBe(403)
      expect(JSON.stringify(res.body)).toContain(field)
      const after = await stored(clerk.id)
      expect(after).toEqual(before)
    },
  )

  it('should let a clerk save their account with managed fields unchanged, as the admin form does', async () => {
    const clerk = await newAccount()
    await payload.update({
      collection: slugs.users,
      id: clerk.id,
      data: { manager: staff['site-manager'].id as number, department: 'customer-service' },
    })
    const token = await rest.login(clerk.email, TEST_PASSWORD)
    const current = await stored(clerk.id)
    const res = await rest.patch(`/users/${clerk.id}`, {
      token,
      body: {
        name: current.name,
        roles: current.roles,
        manager: current.manager,
        department: current.department,
        dutyPost: current.dutyPost ?? null,
        email: current.email.toUpperCase(),
        phone: '0571-5555',
      },
    })
    expect(res.status).toBe(200)
    expect((await stored(clerk.id)).phone).toBe('0571-5555')
  })
})

describe('changing your own password', () => {
  it('should ask for the current password (400 naming currentPassword when missing or wrong)', async () => {
    const clerk = await newAccount()
    const token = await rest.login(clerk.email, TEST_PASSWORD)
    const before = await stored(clerk.id)
    for (const body of [
      { password: NEW_PASSWORD },
      { password: NEW_PASSWORD, currentPassword: 'not-my-password-at-all' },
      { email: `moved-${clerk.email}` },
    ]) {
      const res = await rest.patch<ErrorBody>(`/users/${clerk.id}`, { token, body })
      expect(res.status).toBe(400)
      expect(errorPaths(res.body)).toEqual(['currentPassword'])
    }
    const after = await stored(clerk.id)
    expect(after.hash).toBe(before.hash)
    expect(after.email).toBe(clerk.email)
  })

  it('should change it with the current password, never store that, and end the other sessions', async () => {
    const clerk = await newAccount()
    const elsewhere = await rest.login(clerk.email, TEST_PASSWORD)
    const here = await rest.login(clerk.email, TEST_PASSWORD)
    expect((await rest.get('/users/me', { token: elsewhere })).body.user).toBeTruthy()

    const res = await rest.patch(`/users/${clerk.id}`, {
      token: here,
      body: { password: NEW_PASSWORD, currentPassword: TEST_PASSWORD },
    })
    expect(res.status).toBe(200)
    expect(JSON.stringify(res.body)).not.toContain(TEST_PASSWORD)
    const after = await stored(clerk.id)
    expect(after).not.toHaveProperty('currentPassword')
    expect(JSON.stringify(after)).not.toContain(TEST_PASSWORD)
    expect(await loginStatus(clerk.email, TEST_PASSWORD)).toBe(401)
    expect(await loginStatus(clerk.email, NEW_PASSWORD)).toBe(200)

    // Payload keeps sessions (auth.useSessions): the change keeps only the session that made it.
    expect((await rest.get('/users/me', { token: elsewhere })).body.user).toBeNull()
    expect(
      (await rest.get(`/users/${clerk.id}`, { token: elsewhere })).status,
    ).toBeGreaterThanOrEqual(400)
    expect((await rest.get('/users/me', { token: here })).body.user).toBeTruthy()
  })

  it('should let an admin change their own password with the current one', async () => {
    const admin = await newAccount(['admin'])
    const token = await rest.login(admin.email, TEST_PASSWORD)
    const res = await rest.patch(`/users/${admin.id}`, {
      token,
      body: { password: NEW_PASSWORD, currentPassword: TEST_PASSWORD },
    })
    expect(res.status).toBe(200)
    expect(await loginStatus(admin.email, NEW_PASSWORD)).toBe(200)
  })
})

describe('requests without a user, or without the right', () => {
  it('should give an anonymous update and delete one answer whether the id or where matches', async () => {
    const clerk = await newAccount()
    const before = await stored(clerk.id)
    const answers: Array<{ status: number; body: unknown }> = []
    for (const path of [
      `/users/${clerk.id}`,
      '/users/987654',
      `/users?where[email][equals]=${encodeURIComponent(clerk.email)}`,
      '/users?where[email][equals]=nobody%40test.local',
    ]) {
      for (const method of ['patch', 'delete'] as const) {
        const res = await rest[method](path, { body: { name: 'x', roles: ['admin'] } })
        answers.push({ status: res.status, body: res.body })
      }
    }
    // One answer per verb and door (by id; bulk, which is off for clients), whatever the target.
    const groups = [0, 1, 2, 3].map((k) =>
      answers.filter((_, i) => i % 2 === k % 2 && Math.floor(i / 4) === Math.floor(k / 2)),
    )
    for (const group of groups) {
      expect(group[0].status).toBeGreaterThanOrEqual(401)
      expect(group[0].status).toBeLessThanOrEqual(403)
      for (const answer of group) expect(answer).toEqual(group[0])
    }
    expect(await stored(clerk.id)).toEqual(before)
  })

  it('should give a clerk one answer for another existing account and a missing one', async () => {
    const clerk = await newAccount()
    const other = await newAccount()
    const token = await rest.login(clerk.email, TEST_PASSWORD)
    const before = await stored(other.id)
    const existing = await rest.patch(`/users/${other.id}`, {
      token,
      body: { roles: ['director'], name: 'x' },
    })
    const missing = await rest.patch('/users/987654', {
      token,
      body: { roles: ['director'], name: 'x' },
    })
    expect(existing.status).toBe(403)
    expect(missing).toEqual({ ...existing, headers: missing.headers })
    const deleteExisting = await rest.delete(`/users/${other.id}`, { token })
    const deleteMissing = await rest.delete('/users/987654', { token })
    expect(deleteExisting.status).toBe(403)
    expect(deleteMissing.body).toEqual(deleteExisting.body)
    expect(await stored(other.id)).toEqual(before)
  })
})

describe('Payload’s other auth doors', () => {
  it('should refuse first-register once any user exists', async () => {
    const before = (await payload.count({ collection: slugs.users })).totalDocs
    const res = await rest.post('/users/first-register', {
      body: { email: 'first@test.local', password: NEW_PASSWORD, name: '第一', roles: ['admin'] },
    })
    expect(res.status).toBe(403)
    expect((await payload.count({ collection: slugs.users })).totalDocs).toBe(before)
  })

  it('should let a user manager unlock a locked account, and refuse a clerk', async () => {
    const person = await newAccount()
    for (let i = 0; i < 5; i++) await loginStatus(person.email, 'wrong-password-1')
    expect(await loginStatus(person.email, TEST_PASSWORD)).not.toBe(200)
    const clerk = await rest.post('/users/unlock', {
      token: await rest.login(staff['cs-clerk'].email, TEST_PASSWORD),
      body: { email: person.email },
    })
    expect(clerk.status).toBe(403)
    const anonymous = await rest.post('/users/unlock', { body: { email: person.email } })
    expect(anonymous.status).toBe(403)
    expect(await loginStatus(person.email, TEST_PASSWORD)).not.toBe(200)
    const director = await rest.post('/users/unlock', {
      token: await rest.login(staff.director.email, TEST_PASSWORD),
      body: { email: person.email },
    })
    expect(director.status).toBe(200)
    expect(await loginStatus(person.email, TEST_PASSWORD)).toBe(200)
  })

  it('should refresh a valid token and refuse an anonymous refresh', async () => {
    const person = await newAccount()
    const token = await rest.login(person.email, TEST_PASSWORD)
    const refreshed = await rest.post<{ refreshedToken?: string }>('/users/refresh-token', {
      token,
    })
    expect(refreshed.status).toBe(200)
    expect(refreshed.body.refreshedToken).toBeTruthy()
    expect(
      (await rest.get('/users/me', { token: refreshed.body.refreshedToken })).body.user,
    ).toBeTruthy()
    const anonymous = await rest.post('/users/refresh-token')
    expect(anonymous.status).toBeGreaterThanOrEqual(400)
    expect(anonymous.body).not.toHaveProperty('refreshedToken')
  })
})
