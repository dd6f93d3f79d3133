import { planComplaintAction } from '@/domain/complaints/actions'
import type { ComplaintState } from '@/domain/complaints/actions'
import { complaintWorkflow } from '@/domain/complaints/workflow'
import { SURVEY_ASPECT_KEYS } from '@/domain/returnVisits/kinds'
import {
  departmentalShortfall,
  isVisitOverdue,
  planAppointment,
  planAttempt,
  planProgress,
  planWindow,
  recordingProblem,
  rowOutsideBuildings,
  subjectProblem,
  unreachableAfter,
  visitMeasures,
  windowAfter,
} from '@/domain/returnVisits/programme'
import { availableActions } from '@/domain/workflow'

const now = new Date('2026-12-01T08:00:00Z')
const assignee = { id: 5, coordinator: false }
const other = { id: 6, coordinator: false }
const dispatcher = { id: 7, coordinator: true }
const open = { status: 'scheduled' as const, assignee: 5, attempts: [] }

describe('the subject of a visit', () => {
  it('should ask a complaint or repair visit for its case and any other kind for a household', () => {
    expect(subjectProblem({ kind: 'complaint', complaint: 1 })).toBeNull()
    expect(subjectProblem({ kind: 'repair', workOrder: 1 })).toBeNull()
    expect(subjectProblem({ kind: 'periodic', unit: 3 })).toBeNull()
    expect(subjectProblem({ kind: 'service', resident: 4 })).toBeNull()
    expect(subjectProblem({ kind: 'complaint' })?.field).toBe('complaint')
    expect(subjectProblem({ kind: 'repair' })?.field).toBe('workOrder')
    expect(subjectProblem({ kind: 'event' })?.field).toBe('unit')
    expect(subjectProblem({ kind: null, unit: 3 })?.field).toBe('kind')
    expect(subjectProblem({ kind: null })?.field).toBe('complaint')
    expect(subjectProblem({ kind: 'complaint', complaint: 1, workOrder: 2 })?.field).toBe(
      'complaint',
    )
    expect(subjectProblem({ kind: 'survey', complaint: 1, unit: 3 })?.field).toBe('kind')
  })
})

describe('windows', () => {
  it('should give another service a week and a special event 20 days', () => {
    expect(windowAfter('service', '2026-12-01T00:00:00.000Z')).toEqual({
      dueFrom: '2026-12-01T00:00:00.000Z',
      dueBy: '2026-12-08T00:00:00.000Z',
    })
    expect(windowAfter('event', '2026-12-01T00:00:00.000Z')?.dueBy).toBe('2026-12-21T00:00:00.000Z')
    expect(windowAfter('periodic', '2026-12-01T00:00:00.000Z')).toBeNull()
    expect(windowAfter('service', null)).toBeNull()
  })

  it('should span a plan over its local month or quarter, a survey only in July or January', () => {
    const q = planWindow('2027-Q1', 'periodic', 'Asia/Shanghai')
    expect(q).toEqual({
      ok: true,
      dueFrom: '2026-12-31T16:00:00.000Z',
      dueBy: '2027-03-31T15:59:59.999Z',
    })
    expect(planWindow('2027-07', 'survey', 'Asia/Shanghai').ok).toBe(true)
    expect(planWindow('2027-01', 'survey', 'Asia/Shanghai').ok).toBe(true)
    expect(planWindow('2027-03', 'survey', 'Asia/Shanghai').ok).toBe(false)
    expect(planWindow('2027-Q3', 'survey', 'Asia/Shanghai').ok).toBe(false)
    expect(planWindow('2027-13', 'periodic', 'Asia/Shanghai').ok).toBe(false)
    expect(planWindow('next month', 'periodic', 'Asia/Shanghai').ok).toBe(false)
  })

  it('should call a visit overdue only while still to be made after its last day', () => {
    expect(isVisitOverdue({ status: 'scheduled', dueBy: '2026-11-30T00:00:00Z' }, now)).toBe(true)
    expect(isVisitOverdue({ status: 'scheduled', dueBy: '2026-12-02T00:00:00Z' }, now)).toBe(false)
    expect(isVisitOverdue({ status: 'done', dueBy: '2026-11-30T00:00:00Z' }, now)).toBe(false)
    expect(isVisitOverdue({ status: 'unreachable', dueBy: '2026-11-30T00:00:00Z' }, now)).toBe(
      false,
    )
  })
})

describe('appointments and attempts', () => {
  it('should book a future time, by the assignee or a coordinator only', () => {
    const at = '2026-12-03T02:00:00.000Z'
    expect(
      planAppointment({ visit: open, actor: assignee, body: { appointmentAt: at }, now }),
    ).toEqual({ ok: true, appointmentAt: at, note: null })
    expect(
      planAppointment({ visit: open, actor: dispatcher, body: { appointmentAt: at }, now }).ok,
    ).toBe(true)
    expect(
      planAppointment({ visit: open, actor: other, body: { appointmentAt: at }, now }),
    ).toMatchObject({ ok: false, status: 403 })
    expect(
      planAppointment({
        visit: open,
        actor: assignee,
        body: { appointmentAt: '2026-11-30T00:00:00Z' },
        now,
      }),
    ).toMatchObject({ ok: false, status: 400, field: 'appointmentAt' })
  })

  it('should close the visit as unreachable on the third failed attempt and refuse a fourth', () => {
    let visit: { status: 'scheduled' | 'unreachable'; assignee: number; attempts: object[] } = {
      ...open,
    }
    for (let i = 1; i <= 3; i++) {
      const plan = planAttempt({
        visit,
        actor: assignee,
        body: { reached: false, note: `第${i}次无人接听` },
        now,
      })
      if (!plan.ok) throw new Error(plan.message)
      expect(plan.unreachable).toBe(i === 3)
      visit = {
        ...visit,
        attempts: plan.attempts,
        status: plan.unreachable ? 'unreachable' : 'scheduled',
      }
    }
    expect(unreachableAfter(visit.attempts).reason).toContain('3 次联系未果')
    expect(
      planAttempt({ visit, actor: assignee, body: { reached: false, note: '再试' }, now }),
    ).toMatchObject({ ok: false, status: 409 })
  })

  it('should not count an attempt that reached the resident, and want a reason for one that did not', () => {
    const attempts = [
      { reached: false, note: 'a' },
      { reached: true },
      { reached: false, note: 'b' },
    ]
    expect(unreachableAfter(attempts).unreachable).toBe(false)
    expect(
      planAttempt({ visit: open, actor: assignee, body: { reached: false }, now }),
    ).toMatchObject({ ok: false, status: 400, field: 'note' })
    expect(planAttempt({ visit: open, actor: assignee, body: {}, now })).toMatchObject({
      ok: false,
      field: 'reached',
    })
    expect(planAttempt({ visit: open, actor: other, body: { reached: true }, now })).toMatchObject({
      ok: false,
      status: 403,
    })
    expect(
      planAttempt({
        visit: { ...open, status: 'done' },
        actor: assignee,
        body: { reached: true },
        now,
      }),
    ).toMatchObject({ ok: false, status: 409 })
  })
})

describe('what a visit records', () => {
  const allA = Object.fromEntries(SURVEY_ASPECT_KEYS.map((k) => [k, 'A']))

  it('should want 综合评议 and A/B/C for every aspect given on a comprehensive survey only', () => {
    expect(recordingProblem({ kind: 'survey', aspects: allA })).toBeNull()
    // An item left blank (no clubhouse here) is allowed; it counts against that item's rate.
    expect(recordingProblem({ kind: 'survey', aspects: { ...allA, parking: null } })).toBeNull()
    expect(recordingProblem({ kind: 'survey', aspects: { ...allA, overall: null } })?.field).toBe(
      'aspects.overall',
    )
    expect(recordingProblem({ kind: 'survey', aspects: { ...allA, fire: 'D' } })?.field).toBe(
      'aspects.fire',
    )
    expect(recordingProblem({ kind: 'periodic' })).toBeNull()
  })

  it('should want a promised reply time for a point not answered on the spot', () => {
    expect(recordingProblem({ points: [{ text: '车位不够' }] })?.field).toBe('points.0.promisedBy')
    expect(
      recordingProblem({ points: [{ text: '车位不够', answeredAt: '2026-12-01T08:00:00Z' }] }),
    ).toBeNull()
    expect(recordingProblem({ points: [{ text: ' ', promisedBy: '2026-12-05' }] })?.field).toBe(
      'points.0.text',
    )
  })

  it('should leave promised replies to the recorder and shortcomings to the department head', () => {
    const measures = visitMeasures({
      points: [
        { text: '车位不够', promisedBy: '2026-12-05T08:00:00.000Z' },
        { text: '已答复的', answeredAt: '2026-12-01T08:00:00Z' },
      ],
      shortcomings: '楼道灯不亮',
      suggestions: '增加垃圾桶',
      recorder: 5,
      departmentOwner: 9,
      recordedAt: '2026-12-01T08:00:00.000Z',
    })
    expect(measures).toEqual([
      {
        text: '答复住户：车位不够',
        owner: 5,
        deadline: '2026-12-05T08:00:00.000Z',
        ownerField: 'points.0.promisedBy',
      },
      {
        text: '整改不足：楼道灯不亮',
        owner: 9,
        deadline: '2026-12-15T08:00:00.000Z',
        ownerField: 'department',
      },
      {
        text: '研究建议：增加垃圾桶',
        owner: 9,
        deadline: '2026-12-15T08:00:00.000Z',
        ownerField: 'department',
      },
    ])
    expect(
      visitMeasures({ shortcomings: 'x', recorder: 5, recordedAt: now.toISOString() })[0].owner,
    ).toBe(5)
    expect(visitMeasures({ recorder: 5, recordedAt: now.toISOString() })).toEqual([])
  })
})

describe('visit plans', () => {
  it('should refuse a household outside the area staff member’s buildings', () => {
    const buildings: Record<string, string[]> = { '5': ['1栋', '2栋'], '6': [] }
    const of = (id: number | string) => buildings[String(id)] ?? null
    expect(
      rowOutsideBuildings(
        [
          { assignee: 5, building: '1栋' },
          { assignee: 6, building: '9栋' },
        ],
        of,
      ),
    ).toBeNull()
    const outside = rowOutsideBuildings(
      [
        { assignee: 5, building: '2栋' },
        { assignee: 5, building: '3栋' },
      ],
      of,
    )
    expect(outside?.index).toBe(1)
    expect(outside?.message).toContain('3栋')
  })

  it('should count progress as recorded or unreachable of all planned', () => {
    expect(planProgress(['done', 'scheduled', 'unreachable', 'scheduled'])).toEqual({
      total: 4,
      recorded: 1,
      unreachable: 1,
      open: 2,
      percent: 50,
    })
    expect(planProgress([]).percent).toBeNull()
  })

  it('should say how many households a department still owes its 5% sample', () => {
    expect(departmentalShortfall(3, 200)).toBe(7)
    expect(departmentalShortfall(10, 200)).toBe(0)
    expect(departmentalShortfall(0, 101)).toBe(6)
  })
})

describe('a complaint whose visit was unreachable', () => {
  const resolved: ComplaintState = {
    status: 'resolved',
    channel: 'phone',
    severity: 'general',
    returnVisitRequired: true,
    visitUnreachable: true,
  }
  const manager = { id: 1, roles: ['site-manager' as const] }
  const clerk = { id: 2, roles: ['cs-clerk' as const] }

  it('should be filed by a manager with a reason, never by a clerk', () => {
    expect(
      planComplaintAction({
        action: 'close',
        complaint: resolved,
        body: { reason: '三次电话无人接听' },
        actor: manager,
        now,
      }),
    ).toMatchObject({
      ok: true,
      data: { status: 'closed', closedBy: 1, closedWithoutVisit: '三次电话无人接听' },
    })
    expect(
      planComplaintAction({ action: 'close', complaint: resolved, body: {}, actor: manager, now }),
    ).toMatchObject({ ok: false, status: 400, field: 'reason' })
    expect(
      planComplaintAction({
        action: 'close',
        complaint: resolved,
        body: { reason: 'x' },
        actor: clerk,
        now,
      }),
    ).toMatchObject({ ok: false, status: 403 })
    expect(
      availableActions(complaintWorkflow, resolved, manager).find((a) => a.key === 'close')?.inputs,
    ).toEqual([expect.objectContaining({ name: 'reason', required: true })])
    expect(availableActions(complaintWorkflow, resolved, clerk).map((a) => a.key)).not.toContain(
      'close',
    )
    // Still waiting for its visit: no one files it.
    expect(
      planComplaintAction({
        action: 'close',
        complaint: { ...resolved, visitUnreachable: false },
        body: { reason: 'x' },
        actor: manager,
        now,
      }),
    ).toMatchObject({ ok: false, status: 400 })
  })
})
