import type { ShiftLogState } from '@/domain/shiftLogs/actions'
import { planShiftLogAction, worksPost } from '@/domain/shiftLogs/actions'
import { entryProblems, openItemsFromEntries } from '@/domain/shiftLogs/entries'
import {
  SECURITY_SHIFTS,
  currentShift,
  shiftKey,
  shiftWindow,
  withinShift,
} from '@/domain/shiftLogs/shifts'

const TZ = 'Asia/Shanghai'
const day = SECURITY_SHIFTS.find((s) => s.code === 'day')!
const evening = SECURITY_SHIFTS.find((s) => s.code === 'evening')!

describe('shift times', () => {
  it('should place the three security shifts in the office timezone', () => {
    const w = shiftWindow('2026-11-22', day, TZ)!
    expect(w.startsAt.toISOString()).toBe('2026-11-22T00:00:00.000Z')
    expect(w.endsAt.toISOString()).toBe('2026-11-22T08:00:00.000Z')
    const e = shiftWindow('2026-11-22', evening, TZ)!
    expect(e.endsAt.toISOString()).toBe('2026-11-22T16:00:00.000Z') // midnight local
  })

  it('should find the shift running at an instant, the night shift on its own date', () => {
    expect(currentShift('gate-1', new Date('2026-11-22T03:00:00Z'), TZ)).toEqual({
      shiftDate: '2026-11-22',
      shift: day,
    })
    // 00:30 local on the 23rd
    expect(currentShift('gate-1', new Date('2026-11-22T16:30:00Z'), TZ)?.shiftDate).toBe(
      '2026-11-23',
    )
    expect(currentShift('gate-1', new Date('2026-11-22T16:30:00Z'), TZ)?.shift.code).toBe('night')
  })

  it('should follow the front desk schedule and have no shift outside it', () => {
    const desk = [{ code: 'fd', start: 9, end: 17 }]
    expect(currentShift('front-desk', new Date('2026-11-22T02:00:00Z'), TZ, desk)?.shift.code).toBe(
      'fd',
    )
    expect(currentShift('front-desk', new Date('2026-11-22T12:00:00Z'), TZ, desk)).toBeNull()
  })

  it('should allow 30 minutes of grace either side and no more', () => {
    const w = shiftWindow('2026-11-22', day, TZ)!
    expect(withinShift(new Date('2026-11-21T23:31:00Z'), w)).toBe(true)
    expect(withinShift(new Date('2026-11-21T23:29:00Z'), w)).toBe(false)
    expect(withinShift(new Date('2026-11-22T08:30:00Z'), w)).toBe(true)
    expect(withinShift(new Date('2026-11-22T08:31:00Z'), w)).toBe(false)
  })

  it('should key a log by post, date and shift', () => {
    expect(shiftKey('gate-1', '2026-11-22', 'day')).toBe('gate-1|2026-11-22|day')
  })
})

describe('entryProblems', () => {
  const w = shiftWindow('2026-11-22', day, TZ)!
  const at = '2026-11-22T02:00:00.000Z'

  it('should accept well-formed register entries', () => {
    expect(
      entryProblems(
        [
          { at, kind: 'vehicle', plate: '粤B12345', vehicleClass: 'resident' },
          { at, kind: 'visitor', name: '王先生', visitorClass: 'contractor' },
          {
            at,
            kind: 'goods-release',
            items: '沙发',
            released: true,
            ownerConfirmedBy: '李业主',
            ownerConfirmMethod: 'phone',
          },
          { at, kind: 'event', text: '巡查正常' },
        ],
        w,
      ),
    ).toEqual([])
  })

  it.each([
    [{ at, kind: 'vehicle', plate: ' ' }, 'entries.0.plate'],
    [{ at, kind: 'goods-release', items: '冰箱', released: true }, 'entries.0.ownerConfirmedBy'],
    [{ at: '2026-11-22T09:00:00Z', kind: 'event', text: 'x' }, 'entries.0.at'],
    [{ at, kind: 'pass', name: '张师傅' }, 'entries.0.company'],
    [{ at, kind: 'event', text: '' }, 'entries.0.text'],
  ])('should name the field of a bad entry %#', (entry, path) => {
    expect(entryProblems([entry], w)[0]?.path).toBe(path)
  })

  it('should carry goods awaiting the owner, keys out and visitors still in to the handover', () => {
    const items = openItemsFromEntries([
      { at, kind: 'goods-release', items: '冰箱', released: false },
      { at, kind: 'key', text: '3栋天台钥匙' },
      { at, kind: 'key', text: '已还', returnedAt: at },
      { at, kind: 'visitor', name: '王先生' },
      { at, kind: 'visitor', name: '已离开', outAt: at },
    ])
    expect(items.map((i) => i.kind)).toEqual(['goods-release', 'key', 'visitor'])
  })
})

describe('planShiftLogAction', () => {
  const now = new Date('2026-11-22T07:50:00Z')
  const guardA = { id: 1, roles: ['security-guard'] as const, dutyPost: 'gate-1' }
  const guardB = { id: 2, roles: ['security-guard'] as const, dutyPost: 'gate-1' }
  const guardOther = { id: 3, roles: ['security-guard'] as const, dutyPost: 'gate-2' }
  const manager = { id: 9, roles: ['site-manager'] as const }
  const log = (over: Partial<ShiftLogState> = {}): ShiftLogState => ({
    status: 'open',
    post: 'gate-1',
    onDuty: 1,
    entries: [],
    equipment: [{ item: '对讲机' }, { item: '充电器' }],
    ...over,
  })
  const checks = (ok = true) => [
    { item: '对讲机', ok },
    { item: '充电器', ok: true },
  ]

  it('should know who works a post', () => {
    expect(worksPost(guardA, 'gate-1')).toBe(true)
    expect(worksPost(guardA, 'front-desk')).toBe(false)
    expect(worksPost({ id: 4, roles: ['cs-clerk'] }, 'front-desk')).toBe(true)
    expect(worksPost({ id: 4, roles: ['cs-clerk'] }, 'gate-1')).toBe(false)
    expect(worksPost(manager, 'patrol')).toBe(true)
  })

  it('should refuse a guard writing to another post', () => {
    const plan = planShiftLogAction({
      action: 'add-entry',
      log: log(),
      body: { kind: 'event', text: 'x' },
      actor: guardOther,
      now,
    })
    expect(plan).toMatchObject({ ok: false, status: 403 })
  })

  it('should hand over: sign with a summary and every item checked', () => {
    expect(
      planShiftLogAction({ action: 'sign', log: log(), body: {}, actor: guardA, now }),
    ).toMatchObject({ ok: false, status: 400, field: 'summary' })
    expect(
      planShiftLogAction({
        action: 'sign',
        log: log(),
        body: { summary: '正常', equipment: [{ item: '对讲机', ok: true }] },
        actor: guardA,
        now,
      }),
    ).toMatchObject({ ok: false, status: 400, field: 'equipment' })
    const plan = planShiftLogAction({
      action: 'sign',
      log: log(),
      body: { summary: '正常', equipment: checks() },
      actor: guardA,
      now,
      openItems: [{ kind: 'key', ref: '天台', note: '' }],
    })
    expect(plan).toMatchObject({
      ok: true,
      data: { status: 'signed', signedBy: 1, openItems: [{ kind: 'key' }] },
    })
  })

  it('should let only the person on duty sign', () => {
    expect(
      planShiftLogAction({
        action: 'sign',
        log: log(),
        body: { summary: 'x', equipment: checks() },
        actor: guardB,
        now,
      }),
    ).toMatchObject({ ok: false, status: 403 })
  })

  it('should refuse accepting your own handover, and accept another’s', () => {
    const signed = log({ status: 'signed', signedBy: 1 })
    expect(
      planShiftLogAction({
        action: 'accept',
        log: signed,
        body: { equipment: checks() },
        actor: guardA,
        now,
      }),
    ).toMatchObject({ ok: false, status: 403 })
    expect(
      planShiftLogAction({
        action: 'accept',
        log: signed,
        body: { equipment: checks(false) },
        actor: guardB,
        now,
      }),
    ).toMatchObject({
      ok: true,
      data: { status: 'accepted', incoming: 2, equipment: [{ incomingOk: false }, {}] },
    })
  })

  it('should want a reason to refuse, and tell the supervisor', () => {
    const signed = log({ status: 'signed', signedBy: 1 })
    expect(
      planShiftLogAction({ action: 'refuse', log: signed, body: {}, actor: guardB, now }),
    ).toMatchObject({ ok: false, status: 400, field: 'refusalReason' })
    expect(
      planShiftLogAction({
        action: 'refuse',
        log: signed,
        body: { reason: '对讲机缺失' },
        actor: guardB,
        now,
      }),
    ).toMatchObject({ ok: true, notifySupervisor: true, data: { status: 'refused' } })
  })

  it('should not accept before the handover is signed', () => {
    expect(
      planShiftLogAction({
        action: 'accept',
        log: log(),
        body: { equipment: checks() },
        actor: guardB,
        now,
      }),
    ).toMatchObject({ ok: false, status: 409 })
  })

  it('should refuse any change to a locked log', () => {
    for (const action of ['add-entry', 'sign', 'accept', 'refuse']) {
      expect(
        planShiftLogAction({
          action,
          log: log({ status: 'accepted', signedBy: 1 }),
          body: { kind: 'note', text: 'x', summary: 'x', reason: 'x', equipment: checks() },
          actor: manager,
          now,
        }),
      ).toMatchObject({ ok: false, status: 409 })
    }
  })

  it('should let only a manager review, and only a locked log', () => {
    expect(
      planShiftLogAction({
        action: 'review',
        log: log({ status: 'accepted' }),
        body: {},
        actor: guardB,
        now,
      }),
    ).toMatchObject({ ok: false, status: 403 })
    expect(
      planShiftLogAction({
        action: 'review',
        log: log({ status: 'signed' }),
        body: {},
        actor: manager,
        now,
      }),
    ).toMatchObject({ ok: false, status: 409 })
    expect(
      planShiftLogAction({
        action: 'review',
        log: log({ status: 'accepted' }),
        body: { note: '已阅' },
        actor: manager,
        now,
      }),
    ).toMatchObject({ ok: true, data: { status: 'reviewed', reviewedBy: 9, reviewNote: '已阅' } })
  })
})
