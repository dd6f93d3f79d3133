import type { Payload } from 'payload'

import type { ShiftLog } from '@/payload-types'
import { slugs } from '@/slugs'

import {
  createComplaint,
  createStaffMember,
  createResident,
  createViolation,
} from '../helpers/factories'
import { errorPaths } from '../helpers/payload'
import { TEST_PASSWORD } from '../helpers/staff'
import type { Testbed } from '../helpers/testbed'
import { startTestbed } from '../helpers/testbed'

/**
 * The workflow engine under simultaneous requests. On PostgreSQL these are the lost updates the
 * engine exists to stop (READ COMMITTED lets two transactions plan on the same state); on SQLite
 * they prove the same contract through its single writer.
 */

let tb: Testbed
let payload: Payload
let unitId: number
let residentId: number

type ActionsAnswer = {
  status: string
  statusLabel: { zh: string; en: string }
  updatedAt: string
  actions: Array<{
    key: string
    inputs: Array<{ name: string; options?: Array<{ value: string }> }>
  }>
}

beforeAll(async () => {
  tb = await startTestbed('workflow')
  payload = tb.payload
  const resident = await createResident(payload)
  unitId = resident.units[0] as number
  residentId = resident.id
})

afterAll(async () => {
  await tb?.shutdown()
})

const registerComplaint = () => createComplaint(payload, { unit: unitId, resident: residentId })

const dispatchBody = (handler: number | string) => ({
  department: 'customer-service',
  handler,
  deadline: new Date(Date.now() + 86_400_000).toISOString(),
})

describe('two actions on one complaint at the same moment', () => {
  it('should let exactly one of two simultaneous dispatches through, and keep its handler', async () => {
    const complaint = await registerComplaint()
    const [a, b] = await Promise.all([
      tb.act(
        tb.staff.dispatcher,
        slugs.complaints,
        complaint.id,
        'dispatch',
        dispatchBody(tb.staff['cs-clerk'].id),
      ),
      tb.act(
        tb.staff['site-manager'],
        slugs.complaints,
        complaint.id,
        'dispatch',
        dispatchBody(tb.staff['site-captain'].id),
      ),
    ])
    const statuses = [a.status, b.status].sort()
    expect(statuses[0]).toBe(200)
    expect(statuses[1]).toBeGreaterThanOrEqual(400)
    const winner = a.status === 200 ? a : b
    const stored = await payload.findByID({
      collection: slugs.complaints,
      id: complaint.id,
      depth: 0,
    })
    expect(stored.status).toBe('dispatched')
    expect(stored.handler).toBe(winner.body.doc.handler)
  })

  it('should let exactly one of two simultaneous sign-offs (销项) through, with one return visit', async () => {
    const complaint = await registerComplaint()
    const handler = tb.staff['site-captain']
    expect(
      (
        await tb.act(
          tb.staff.dispatcher,
          slugs.complaints,
          complaint.id,
          'dispatch',
          dispatchBody(handler.id),
        )
      ).status,
    ).toBe(200)
    expect((await tb.act(handler, slugs.complaints, complaint.id, 'start')).status).toBe(200)
    // No department head is designated: the managers' roles decide, and both may sign.
    const signers = [tb.staff['site-manager'], tb.staff['property-manager']]
    const answers = await Promise.all(
      signers.map((signer, i) =>
        tb.act(signer, slugs.complaints, complaint.id, 'resolve', {
          result: `处理完毕 ${i}`,
          verdict: 'substantiated',
          verdictNote: '经核实属实',
        }),
      ),
    )
    const statuses = answers.map((a) => a.status).sort()
    expect(statuses[0]).toBe(200)
    expect(statuses[1]).toBeGreaterThanOrEqual(400)
    const winner = signers[answers.findIndex((a) => a.status === 200)]
    const stored = await payload.findByID({
      collection: slugs.complaints,
      id: complaint.id,
      depth: 0,
    })
    expect(stored.status).toBe('resolved')
    expect(stored.resolvedBy).toBe(winner.id)
    const visits = await payload.count({
      collection: slugs.returnVisits,
      where: { complaint: { equals: complaint.id } },
    })
    expect(visits.totalDocs).toBeLessThanOrEqual(1)
    expect(visits.totalDocs).toBe(stored.returnVisitRequired ? 1 : 0)
  })

  it('should answer 409 to an action sent with an updatedAt older than the case, and change nothing', async () => {
    const complaint = await registerComplaint()
    const seen = complaint.updatedAt
    const verified = await tb.act(tb.staff['cs-clerk'], slugs.complaints, complaint.id, 'verify')
    expect(verified.status).toBe(200)
    const before = await payload.findByID({
      collection: slugs.complaints,
      id: complaint.id,
      depth: 0,
    })
    const stale = await tb.act(tb.staff.dispatcher, slugs.complaints, complaint.id, 'dispatch', {
      ...dispatchBody(tb.staff['cs-clerk'].id),
      updatedAt: seen,
    })
    expect(stale.status).toBe(409)
    const after = await payload.findByID({
      collection: slugs.complaints,
      id: complaint.id,
      depth: 0,
    })
    expect(after).toEqual(before)
  })

  it('should accept an action sent with the updatedAt the client saw', async () => {
    const complaint = await registerComplaint()
    const res = await tb.act(tb.staff.dispatcher, slugs.complaints, complaint.id, 'dispatch', {
      ...dispatchBody(tb.staff['cs-clerk'].id),
      updatedAt: complaint.updatedAt,
    })
    expect(res.status).toBe(200)
    expect(res.body.doc.status).toBe('dispatched')
  })
  it('should take a handler id sent as text, as a form sends it', async () => {
    const complaint = await registerComplaint()
    const res = await tb.act(tb.staff.dispatcher, slugs.complaints, complaint.id, 'dispatch', {
      ...dispatchBody(String(tb.staff['cs-clerk'].id)),
    })
    expect(res.status).toBe(200)
    expect((await tb.reread(slugs.complaints, complaint.id)).handler).toBe(tb.staff['cs-clerk'].id)
  })
})

describe('the actions a user may take now (GET /:id/actions)', () => {
  it('should offer the dispatcher dispatch with the handlers to choose from, and a guard nothing', async () => {
    const complaint = await registerComplaint()
    const res = await tb.rest.get<ActionsAnswer>(`/complaints/${complaint.id}/actions`, {
      token: await tb.tokenOf(tb.staff.dispatcher),
    })
    expect(res.status).toBe(200)
    expect(res.body.status).toBe('registered')
    expect(res.body.statusLabel.zh).toBe('已登记')
    expect(res.body.updatedAt).toBe(complaint.updatedAt)
    const keys = res.body.actions.map((a) => a.key)
    expect(keys).toContain('dispatch')
    expect(keys).not.toContain('resolve')
    const handlers = res.body.actions
      .find((a) => a.key === 'dispatch')!
      .inputs.find((i) => i.name === 'handler')!
      .options!.map((o) => o.value)
    expect(handlers).toContain(String(tb.staff['cs-clerk'].id))
    expect(handlers).not.toContain(String(tb.staff['security-guard'].id))
    expect(handlers).not.toContain(String(tb.staff.engineer.id))

    const guard = await tb.rest.get(`/complaints/${complaint.id}/actions`, {
      token: await tb.tokenOf(tb.staff['security-guard']),
    })
    expect([403, 404]).toContain(guard.status)
    const anonymous = await tb.rest.get(`/complaints/${complaint.id}/actions`)
    expect(anonymous.status).toBe(401)
  })

  it('should answer 404 for an id that is not a number, not 500', async () => {
    const res = await tb.rest.post('/complaints/abc/actions/start', {
      token: await tb.tokenOf(tb.staff.dispatcher),
    })
    expect(res.status).toBe(404)
  })
})

describe('ten guards writing to one shift log at once', () => {
  it('should keep all ten entries', async () => {
    const guards = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        createStaffMember(payload, {
          email: `patrol-guard-${i}@test.local`,
          password: TEST_PASSWORD,
          roles: ['security-guard'],
          dutyPost: 'patrol',
        }),
      ),
    )
    const opened = await tb.rest.post<{ doc: ShiftLog }>('/shift-logs?depth=0', {
      token: await tb.tokenOf(guards[0]),
      body: { post: 'patrol' },
    })
    expect(opened.status).toBe(201)
    const id = opened.body.doc.id
    const at = new Date().toISOString()
    const answers = await Promise.all(
      guards.map((guard, i) =>
        tb.act(guard, slugs.shiftLogs, id, 'add-entry', { kind: 'patrol', text: `巡逻 ${i}`, at }),
      ),
    )
    expect(answers.map((a) => a.status)).toEqual(Array(10).fill(200))
    const log = await payload.findByID({ collection: slugs.shiftLogs, id, depth: 0 })
    const texts = (log.entries ?? []).map((e) => e.text).sort()
    expect(texts).toEqual(Array.from({ length: 10 }, (_, i) => `巡逻 ${i}`).sort())
    expect(new Set((log.entries ?? []).map((e) => String(e.recordedBy))).size).toBe(10)
  })
})

describe('ten payments on one violation at once', () => {
  // The director's signature is the approval chain's business (violations.test.ts); here the
  // case starts from its effect: an amount due.
  const caseWithAmountDue = (amountDue: number) =>
    createViolation(payload, { unit: unitId, amountDue, effective: true }, { serverWrite: true })

  it('should keep ten simultaneous payments with different receipts', async () => {
    const violation = await caseWithAmountDue(1000)
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        tb.act(tb.staff['site-captain'], slugs.violations, violation.id, 'record-payment', {
          amount: 50,
          receiptNo: `R-${i}`,
        }),
      ),
    )
    expect(answers.map((a) => a.status)).toEqual(Array(10).fill(200))
    const stored = await payload.findByID({
      collection: slugs.violations,
      id: violation.id,
      depth: 0,
    })
    expect((stored.payments ?? []).map((p) => p.receiptNo).sort()).toEqual(
      Array.from({ length: 10 }, (_, i) => `R-${i}`).sort(),
    )
  })

  it('should never collect more than is due: of ten payments of the whole amount, one is kept', async () => {
    const violation = await caseWithAmountDue(200)
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        tb.act(tb.staff['site-captain'], slugs.violations, violation.id, 'record-payment', {
          amount: 200,
          receiptNo: `W-${i}`,
        }),
      ),
    )
    expect(answers.filter((a) => a.status === 200)).toHaveLength(1)
    expect(
      answers.filter((a) => a.status !== 200).every((a) => a.status === 409 || a.status === 400),
    ).toBe(true)
    const stored = await payload.findByID({
      collection: slugs.violations,
      id: violation.id,
      depth: 0,
    })
    expect(stored.payments ?? []).toHaveLength(1)
  })

  it('should record a receipt once: the same receipt sent ten times at once is one payment', async () => {
    const violation = await caseWithAmountDue(1000)
    const answers = await Promise.all(
      Array.from({ length: 10 }, () =>
        tb.act(tb.staff['site-captain'], slugs.violations, violation.id, 'record-payment', {
          amount: 80,
          receiptNo: 'SAME-1',
        }),
      ),
    )
    expect(answers.map((a) => a.status)).toEqual(Array(10).fill(200))
    const stored = await payload.findByID({
      collection: slugs.violations,
      id: violation.id,
      depth: 0,
    })
    expect((stored.payments ?? []).filter((p) => p.receiptNo === 'SAME-1')).toHaveLength(1)
  })

  it('should refuse the same receipt number with another amount (409, naming receiptNo) and change nothing', async () => {
    const violation = await caseWithAmountDue(1000)
    expect(
      (
        await tb.act(tb.staff['site-captain'], slugs.violations, violation.id, 'record-payment', {
          amount: 80,
          receiptNo: 'R-77',
        })
      ).status,
    ).toBe(200)
    const before = await payload.findByID({
      collection: slugs.violations,
      id: violation.id,
      depth: 0,
    })
    const other = await tb.act(
      tb.staff['site-captain'],
      slugs.violations,
      violation.id,
      'record-payment',
      {
        amount: 90,
        receiptNo: 'R-77',
      },
    )
    expect(other.status).toBe(409)
    const after = await payload.findByID({
      collection: slugs.violations,
      id: violation.id,
      depth: 0,
    })
    expect(after).toEqual(before)
  })

  it('should refuse a payment by someone who is not the site captain (403) and change nothing', async () => {
    const violation = await caseWithAmountDue(1000)
    const res = await tb.act(
      tb.staff['cs-clerk'],
      slugs.violations,
      violation.id,
      'record-payment',
      {
        amount: 10,
        receiptNo: 'X-1',
      },
    )
    expect(res.status).toBe(403)
    const after = await payload.findByID({
      collection: slugs.violations,
      id: violation.id,
      depth: 0,
    })
    expect(after.payments ?? []).toHaveLength(0)
    expect(after.updatedAt).toBe(violation.updatedAt)
  })

  it('should name the field of a bad payment (400 amount)', async () => {
    const violation = await caseWithAmountDue(1000)
    const res = await tb.act(
      tb.staff['site-captain'],
      slugs.violations,
      violation.id,
      'record-payment',
      {
        amount: -5,
        receiptNo: 'N-1',
      },
    )
    expect(res.status).toBe(400)
    expect(errorPaths(res.body)).toEqual(['amount'])
  })
})
