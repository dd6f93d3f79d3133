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
