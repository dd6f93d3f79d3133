/**
 * The office calendar (issue 16 item 1): the `office-calendar` global's checks and doors, next
 * year's copy, and a complaint's deadlines computed on working time through the real hooks.
 */
import type { Payload } from 'payload'

import type { StoredCalendar } from '@/domain/calendar/officeCalendar'
import { deadlineCalendarFrom } from '@/domain/calendar/officeCalendar'
import { addWorkingHours } from '@/domain/calendar/workingTime'
import { zonedTime } from '@/domain/time'
import { globalSlugs, slugs } from '@/slugs'

import { seedComplaintCategories } from '../../seed/complaints'
import { createComplaint, createResident, createUnit } from '../helpers/factories'
import type { ErrorBody } from '../helpers/payload'
import { errorPaths } from '../helpers/payload'
import type { StaffMember } from '../helpers/staff'
import type { RestClient, Staff, Testbed } from '../helpers/testbed'
import { expectUnchanged, startTestbed } from '../helpers/testbed'

let tb: Testbed
let payload: Payload
let rest: RestClient
let staff: Staff
let tokenOf: (member: StaffMember) => Promise<string>

const PATH = `/globals/${globalSlugs.officeCalendar}`
const sh = (m: number, d: number, h = 0, min = 0, s = 0, ms = 0) =>
  zonedTime('Asia/Shanghai', 2024, m, d, h, min, s, ms).toISOString()

const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri'].map((weekday) => ({
  weekday,
  start: '08:30',
  end: '17:30',
}))
/** 2024 around 国庆 as the State Council set it: 10/1–7 off, Sunday 9/29 and Saturday 10/12 worked. */
const year2024 = {
  year: 2024,
  hours: weekdays,
  holidays: [{ name: '国庆节', from: '2024-10-01', to: '2024-10-07' }],
  workdays: [{ date: '2024-09-29' }, { date: '2024-10-12' }],
}

const stored = () =>
  payload.findGlobal({ slug: globalSlugs.officeCalendar, depth: 0, overrideAccess: true })
const audits = async () =>
  (
    await payload.count({
      collection: slugs.auditLog,
      where: { collectionSlug: { equals: globalSlugs.officeCalendar } },
    })
  ).totalDocs
const save = async (member: StaffMember | undefined, body: Record<string, unknown>) =>
  rest.post<ErrorBody & { result?: unknown }>(PATH, {
    token: member ? await tokenOf(member) : undefined,
    body,
  })

beforeAll(async () => {
  tb = await startTestbed('office-calendar')
  ;({ payload, rest, staff, tokenOf } = tb)
  await seedComplaintCategories(payload)
})

afterAll(async () => {
  await tb?.shutdown()
})

describe('the office calendar', () => {
  it('should save a manager’s year, audited, and refuse a bad one naming the field, nothing saved', async () => {
    const logged = await audits()
    const ok = await save(staff['property-manager'], { years: [year2024] })
    expect(ok.status).toBe(200)
    expect(await audits()).toBe(logged + 1)
    const before = await stored()
    expect(before.years?.[0]?.workdays?.map((w) => w.date)).toEqual(['2024-09-29', '2024-10-12'])
    // The default rules are there without being entered.
    expect(before.deadlineRules?.map((r) => [r.kind, r.basis])).toEqual([
      ['resolution-standard', 'clock'],
      ['emergency', 'clock'],
      ['verification', 'working'],
      ['handling-slip', 'working'],
      ['return-visit', 'working'],
    ])

    const refusals: [string, Record<string, unknown>, string, RegExp][] = [
      [
        'overlapping holidays',
        {
          years: [
            {
              ...year2024,
              holidays: [
                ...year2024.holidays,
                { name: '重阳节', from: '2024-10-07', to: '2024-10-08' },
              ],
            },
          ],
        },
        'years.0.holidays.1.from',
        /国庆节/,
      ],
      [
        'a 调休 day on a Tuesday',
        { years: [{ ...year2024, workdays: [{ date: '2024-10-08' }] }] },
        'years.0.workdays.0.date',
        /Saturday or Sunday/,
      ],
      [
        'hours that end before they start',
        { years: [{ ...year2024, hours: [{ weekday: 'mon', start: '17:30', end: '08:30' }] }] },
        'years.0.hours.0.end',
        /end before they start/,
      ],
      [
        'a rule for an unknown kind',
        { deadlineRules: [{ kind: 'parking-permit', basis: 'working' }] },
        'deadlineRules.0.kind',
        /Unknown kind of deadline/,
      ],
    ]
    for (const [, body, path, reason] of refusals) {
      const res = await save(staff.director, body)
      expect(res.status).toBe(400)
      expect(errorPaths(res.body)).toEqual([path])
      expect(JSON.stringify(res.body)).toMatch(reason)
    }
    expectUnchanged(before, await stored())
    expect(await audits()).toBe(logged + 1)
  })

  it('should be read by staff, changed only by the office’s managers', async () => {
    const before = await stored()
    expect((await rest.get(PATH)).status).not.toBe(200)
    const guardRead = await rest.get<{ years?: unknown[] }>(PATH, {
      token: await tokenOf(staff['security-guard']),
    })
    // Everyone's deadlines come from it: every member of staff reads it.
    expect(guardRead.status).toBe(200)
    expect(guardRead.body.years).toHaveLength(1)
    for (const member of [staff['security-guard'], staff['cs-clerk'], staff['site-manager']]) {
      const res = await save(member, { years: [] })
      expect(res.status).toBe(403)
    }
    expect((await save(undefined, { years: [] })).status).not.toBe(200)
    expectUnchanged(before, await stored())
  })

  it('should start next year with this year’s hours, once, for a manager only', async () => {
    const next = async (member: StaffMember, body: Record<string, unknown> = { year: 2024 }) =>
      rest.post<ErrorBody>(`${PATH}/next-year`, { token: await tokenOf(member), body })
    expect((await next(staff['security-guard'])).status).toBe(403)
    // This year (2026 by the office's clock) is not entered: nothing to start from.
    const none = await next(staff.admin, {})
    expect(none.status).toBe(400)
    expect(errorPaths(none.body)).toEqual(['year'])
    expect((await stored()).years).toHaveLength(1)

    const logged = await audits()
    const started = await next(staff.admin)
    expect(started.status).toBe(201)
    expect(await audits()).toBe(logged + 1)
    const years = (await stored()).years ?? []
    expect(years.map((y) => y.year)).toEqual([2024, 2025])
    expect(years[1].hours?.map((h) => [h.weekday, h.start, h.end])).toEqual(
      weekdays.map((h) => [h.weekday, h.start, h.end]),
    )
    expect(years[1].holidays).toEqual([])
    expect(years[1].workdays).toEqual([])

    const before = await stored()
    expect((await next(staff.director)).status).toBe(409)
    // Nor can 2025 be entered twice by hand.
    const twice = await save(staff.director, { years: [...(before.years ?? []), { year: 2025 }] })
    expect(twice.status).toBe(400)
    expect(errorPaths(twice.body)).toEqual(['years.2.year'])
    expectUnchanged(before, await stored())
  })

  it('should compute a complaint’s deadlines on working time through the hooks, an emergency on the clock', async () => {
    const unit = await createUnit(payload, { building: '9栋', number: '901' })
    const resident = await createResident(payload, { units: [unit.id], name: '王九' })
    // Friday 27 September 2024, 12:00: verified by that day's close; the 24 h standard on the clock.
    const general = await createComplaint(
      payload,
      { unit: unit.id, resident: resident.id, registeredAt: sh(9, 27, 12) },
      { serverWrite: true },
    )
    expect(general.verifyDueAt).toBe(sh(9, 27, 17, 30))
    expect(general.resolveDueAt).toBe(sh(9, 28, 12))

    // Monday 30 September, 20:00, after closing: verification by the close of Tuesday 8 October.
    const evening = await createComplaint(
      payload,
      { unit: unit.id, resident: resident.id, registeredAt: sh(9, 30, 20) },
      { serverWrite: true },
    )
    expect(evening.verifyDueAt).toBe(sh(10, 8, 17, 30))
    const emergency = await createComplaint(
      payload,
      {
        unit: unit.id,
        resident: resident.id,
        category: 'power-cut',
        registeredAt: sh(9, 30, 20),
      },
      { serverWrite: true },
    )
    expect(emergency.verifyDueAt).toBe(sh(9, 30, 23, 59, 59, 999))

    // A slip giving 8 hours: counted from the dispatch (now) in working hours on the stored
    // calendar (this year is not entered: its default weekdays 08:30–17:30); an emergency's on
    // the clock.
    const calendar = deadlineCalendarFrom((await stored()) as StoredCalendar, 'Asia/Shanghai')
    for (const [complaint, onTheClock] of [
      [evening, false],
      [emergency, true],
    ] as const) {
      const res = await tb.act(staff.dispatcher, slugs.complaints, complaint.id, 'dispatch', {
        department: 'engineering',
        handler: staff['site-captain'].id,
        deadlineHours: 8,
      })
      expect(res.status).toBe(200)
      const dispatched = await tb.reread(slugs.complaints, complaint.id)
      const from = new Date(String(dispatched.dispatchedAt))
      const due = onTheClock
        ? new Date(from.getTime() + 8 * 3_600_000)
        : addWorkingHours(from, 8, calendar)
      expect(dispatched.handlingDeadlineHours).toBe(8)
      expect(dispatched.handlingDeadline).toBe(due.toISOString())
      expect(dispatched.resolveDueAt).toBe(due.toISOString())
    }
    const both = await tb.act(staff.dispatcher, slugs.complaints, general.id, 'dispatch', {
      department: 'engineering',
      handler: staff['site-captain'].id,
      deadlineHours: 8,
      deadline: new Date(Date.now() + 86_400_000).toISOString(),
    })
    expect(both.status).toBe(400)
    expect(errorPaths(both.body)).toEqual(['deadline'])
    expect((await tb.reread(slugs.complaints, general.id)).status).toBe('registered')

    // Resolved on Friday 27 September at 15:00: visited from the third working day (9/29 调休,
    // 9/30, 10/8) to the fifth (10/9, 10/10), the holiday week not counted.
    await payload.update({
      collection: slugs.complaints,
      id: general.id,
      data: { status: 'resolved', resolvedAt: sh(9, 27, 15) },
      context: { serverWrite: true },
    })
    const visit = (
      await payload.find({
        collection: slugs.returnVisits,
        where: { complaint: { equals: general.id } },
        depth: 0,
      })
    ).docs[0]
    expect(visit.dueFrom).toBe(sh(10, 8, 15))
    expect(visit.dueBy).toBe(sh(10, 10, 15))
  })
})
