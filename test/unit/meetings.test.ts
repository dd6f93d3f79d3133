import type { MeetingState } from '@/domain/meetings'
import {
  followUpTitle,
  meetingWorkflow,
  nextWeeklyMeeting,
  planDecisionFollowUps,
  weeklySeriesKey,
} from '@/domain/meetings'
import type { Actor } from '@/domain/workflow'

const SHANGHAI = 'Asia/Shanghai'
const friday9 = { weekday: 'fri' as const, time: '09:00', timeZone: SHANGHAI }

describe('nextWeeklyMeeting', () => {
  it('should give this week’s Friday 09:00 Shanghai time on a Monday', () => {
    // Monday 2026-11-30 10:00 in Shanghai.
    const next = nextWeeklyMeeting(friday9, new Date('2026-11-30T02:00:00Z'))
    expect(next.localDate).toBe('2026-12-04')
    expect(next.at.toISOString()).toBe('2026-12-04T01:00:00.000Z')
  })

  it('should give the same day before the meeting has started, and next week once it has', () => {
    expect(nextWeeklyMeeting(friday9, new Date('2026-12-04T00:59:00Z')).localDate).toBe(
      '2026-12-04',
    )
    expect(nextWeeklyMeeting(friday9, new Date('2026-12-04T01:00:00Z')).localDate).toBe(
      '2026-12-11',
    )
  })

  it('should count the day in the office’s timezone, not UTC', () => {
    // Friday 2026-12-04 23:30 UTC is already Saturday 07:30 in Shanghai: next Friday.
    expect(nextWeeklyMeeting(friday9, new Date('2026-12-04T23:30:00Z')).localDate).toBe(
      '2026-12-11',
    )
    // Thursday 2026-12-03 17:00 UTC is Friday 01:00 in Shanghai: today at 09:00.
    expect(nextWeeklyMeeting(friday9, new Date('2026-12-03T17:00:00Z')).localDate).toBe(
      '2026-12-04',
    )
  })

  it('should cross a week, month and year boundary (Sunday → Monday, December → January)', () => {
    // Sunday 2026-12-27 20:00 Shanghai; the meeting is on Mondays at 08:30.
    const monday = { weekday: 'mon' as const, time: '08:30', timeZone: SHANGHAI }
    const next = nextWeeklyMeeting(monday, new Date('2026-12-27T12:00:00Z'))
    expect(next.localDate).toBe('2026-12-28')
    // Friday 2026-12-25 after the meeting: the next is Friday 2027-01-01.
    expect(nextWeeklyMeeting(friday9, new Date('2026-12-25T03:00:00Z'))).toEqual({
      at: new Date('2027-01-01T01:00:00.000Z'),
      localDate: '2027-01-01',
    })
    // A Sunday meeting seen on a Monday is six days ahead.
    const sunday = { weekday: 'sun' as const, time: '18:00', timeZone: SHANGHAI }
    expect(nextWeeklyMeeting(sunday, new Date('2026-11-30T02:00:00Z')).localDate).toBe('2026-12-06')
  })

  it('should keep the local time across a daylight-saving change', () => {
    // Berlin leaves summer time on Sunday 2026-10-25: Friday 09:00 is 07:00Z before, 08:00Z after.
    const berlin = { weekday: 'fri' as const, time: '09:00', timeZone: 'Europe/Berlin' }
    expect(nextWeeklyMeeting(berlin, new Date('2026-10-20T00:00:00Z')).at.toISOString()).toBe(
      '2026-10-23T07:00:00.000Z',
    )
    expect(nextWeeklyMeeting(berlin, new Date('2026-10-24T00:00:00Z')).at.toISOString()).toBe(
      '2026-10-30T08:00:00.000Z',
    )
  })

  it('should refuse a setting that is not a weekday and a time', () => {
    expect(() => nextWeeklyMeeting({ ...friday9, time: '9am' }, new Date())).toThrow(/clock/)
    expect(() => nextWeeklyMeeting({ ...friday9, weekday: 'friday' as never }, new Date())).toThrow(
      /weekday/,
    )
  })

  it('should name one meeting per date', () => {
    expect(weeklySeriesKey('2026-12-04')).toBe('weekly:2026-12-04')
  })
})

const at = '2026-12-04T01:00:00.000Z'
const meeting = (over: Partial<MeetingState> = {}): MeetingState => ({
  status: 'planned',
  kind: 'weekly',
  title: '周例会 2026-12-04',
  chair: 1,
  scheduledAt: at,
  minutes: '讨论了本周投诉情况',
  decisions: [{ text: '复查1栋电梯', owner: 5, deadline: '2026-12-11T09:00:00.000Z' }],
  ...over,
})
const actor = (roles: Actor['roles'], id: number | string = 9): Actor => ({ id, roles })
const now = new Date('2026-12-04T03:00:00Z')
const plan = (action: string, state: MeetingState, who: Actor, body = {}) =>
  meetingWorkflow.plan({ action, state, body, actor: who, now, context: undefined })

describe('the meeting workflow', () => {
  it('should record the minutes and plan one follow-up per decision', () => {
    const result = plan('hold', meeting(), actor(['cs-clerk'], 3))
    expect(result).toEqual({
      ok: true,
      data: {
        status: 'held',
        minutes: '讨论了本周投诉情况',
        heldAt: now.toISOString(),
        recordedBy: 3,
      },
      extra: {
        followUps: [
          {
            index: 0,
            title: '【周例会 2026-12-04】复查1栋电梯',
            owner: 5,
            deadline: '2026-12-11T09:00:00.000Z',
          },
        ],
      },
    })
  })

  it('should let the chair who is not an organiser hold it, and refuse a bystander with 403', () => {
    expect(plan('hold', meeting({ chair: 9 }), actor(['site-captain'], 9)).ok).toBe(true)
    expect(plan('hold', meeting(), actor(['site-captain'], 9))).toMatchObject({ status: 403 })
    expect(plan('hold', meeting(), actor(['security-guard']))).toMatchObject({ status: 403 })
  })

  it('should refuse minutes before the meeting, without minutes, or held twice', () => {
    const early = meetingWorkflow.plan({
      action: 'hold',
      state: meeting(),
      body: {},
      actor: actor(['director']),
      now: new Date('2026-12-04T00:00:00Z'),
      context: undefined,
    })
    expect(early).toMatchObject({ ok: false, status: 409 })
    expect(plan('hold', meeting({ minutes: '  ' }), actor(['director']))).toMatchObject({
      status: 400,
      field: 'minutes',
    })
    expect(plan('hold', meeting({ status: 'held' }), actor(['director']))).toMatchObject({
      status: 409,
    })
  })

  it('should take the minutes sent with the action over the stored ones', () => {
    const result = plan('hold', meeting({ minutes: null }), actor(['director']), {
      minutes: '  新纪要 ',
    })
    expect(result).toMatchObject({ ok: true, data: { minutes: '新纪要' } })
  })

  it('should name the decision row that lacks text, an owner or a valid deadline', () => {
    const bad = (decision: object) =>
      plan('hold', meeting({ decisions: [meeting().decisions[0], decision] }), actor(['director']))
    expect(bad({ text: '', owner: 5, deadline: at })).toMatchObject({
      status: 400,
      field: 'decisions.1.text',
    })
    expect(bad({ text: '做', owner: null, deadline: at })).toMatchObject({
      field: 'decisions.1.owner',
    })
    expect(bad({ text: '做', owner: 5, deadline: 'soon' })).toMatchObject({
      field: 'decisions.1.deadline',
    })
    expect(bad({ text: '做', owner: 5, deadline: '2026-12-01T00:00:00Z' })).toMatchObject({
      field: 'decisions.1.deadline',
    })
  })

  it('should let the chair or a senior manager approve the minutes, not the clerk who wrote them', () => {
    const held = meeting({ status: 'held', chair: 4 })
    expect(plan('close', held, actor(['site-manager'], 4))).toMatchObject({
      ok: true,
      data: { status: 'closed', closedBy: 4 },
    })
    expect(plan('close', held, actor(['property-manager'])).ok).toBe(true)
    expect(plan('close', held, actor(['cs-clerk']))).toMatchObject({ status: 403 })
    expect(plan('close', meeting({ chair: 4 }), actor(['director']))).toMatchObject({
      status: 409,
    })
  })

  it('should cancel a planned meeting with a reason only', () => {
    expect(plan('cancel', meeting(), actor(['cs-clerk']))).toMatchObject({
      status: 400,
      field: 'reason',
    })
    expect(plan('cancel', meeting(), actor(['cs-clerk']), { reason: '台风' })).toMatchObject({
      ok: true,
      data: { status: 'cancelled', cancelReason: '台风' },
    })
    expect(
      plan('cancel', meeting({ status: 'held' }), actor(['cs-clerk']), { reason: 'x' }),
    ).toMatchObject({ status: 409 })
  })

  it('should keep a follow-up title within 200 characters', () => {
    expect(followUpTitle('周例会', '甲'.repeat(500)).length).toBe(200)
    expect(planDecisionFollowUps(meeting({ decisions: [] }))).toEqual({ ok: true, followUps: [] })
  })
})
