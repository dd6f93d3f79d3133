/**
 * Password reset through REST, with mail delivered to a real SMTP server in this process:
 * forgot-password for a known email (token stored, mail sent) and for an unknown one (same
 * answer, nothing sent), then reset-password with the mailed token. Target: p95 ≤ 1 s each.
 * On SQLite this used to take 20 s and fail (the request waited on its own transaction).
 */
import type { Payload, SanitizedConfig } from 'payload'
import { handleEndpoints } from 'payload'

import { slugs } from '../src/slugs'
import type { Mailbox } from '../test/helpers/smtp'

type Summary = { n: number; totalMs: number; meanMs: number; p95Ms: number }

export const benchPasswordReset = async (
  payload: Payload,
  config: SanitizedConfig,
  mailbox: Mailbox,
  summarise: (times: number[]) => Summary,
  rounds = 20,
  warmUp = 2,
) => {
  const post = async (path: string, body: unknown) => {
    const started = performance.now()
    const response = await handleEndpoints({
      config,
      request: new Request(`http://localhost:3000/api/users/${path}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      }),
    })
    const text = await response.text()
    if (response.status !== 200) throw new Error(`${path}: ${response.status} ${text}`)
    return { ms: performance.now() - started, text }
  }
  const known: number[] = []
  const unknown: number[] = []
  const reset: number[] = []
  let sameAnswer = true
  mailbox.clear()
  for (let i = 0; i < warmUp + rounds; i++) {
    const email = `reset-${i}@bench.local`
    await payload.create({
      collection: slugs.users,
      data: { email, password: 'bench-password-2026', name: `重置${i}`, roles: ['cs-clerk'] },
    })
    const forKnown = await post('forgot-password', { email })
    const forUnknown = await post('forgot-password', { email: `nobody-${i}@bench.local` })
    sameAnswer &&= forKnown.text === forUnknown.text
    for (let wait = 0; wait < 100 && mailbox.to(email).length === 0; wait++) {
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    const mail = mailbox.to(email)[0]
    const token = /\/reset\/([0-9a-f]+)/.exec(String(mail?.html))?.[1]
    if (!token) throw new Error(`no reset mail for ${email}`)
    const forReset = await post('reset-password', { token, password: `new-bench-password-${i}` })
    if (i >= warmUp) {
      known.push(forKnown.ms)
      unknown.push(forUnknown.ms)
      reset.push(forReset.ms)
    }
  }
  return {
    known: summarise(known),
    unknown: summarise(unknown),
    reset: summarise(reset),
    mails: mailbox.messages.length,
    sameAnswer,
  }
}
