import { REGISTERS } from '@/domain/registers'
import { formOf } from '@/domain/forms'
import { buildFrontDeskDuty, entryCounts } from '@/domain/registers/frontDeskDuty'
import { buildMailRegister } from '@/domain/registers/mail'
import { buildPassRegister, passState, passValidityProblem } from '@/domain/registers/passes'
import { passWorkflow } from '@/domain/registers/passWorkflow'
import { inRange, parseRegisterRange, shiftDay } from '@/domain/registers/range'
import { findRelease, releaseSlip } from '@/domain/registers/releaseSlip'
import { buildReleaseRegister } from '@/domain/registers/releases'
import type { RegisterContext, RegisterLog } from '@/domain/registers/types'
import { buildVisitorRegister } from '@/domain/registers/visitors'

const TZ = 'Asia/Shanghai'

const rangeOf = (from: string, to: string) => {
  const parsed = parseRegisterRange(from, to, TZ)
  if (!parsed.ok) throw new Error(parsed.message)
  return parsed.range
}

const ctx = (from = '2026-11-02', to = '2026-11-08'): RegisterContext => ({
  range: rangeOf(from, to),
  timeZone: TZ,
  now: new Date('2026-11-10T02:00:00Z'),
  postLabels: { 'front-desk': '客服前台', 'gate-1': '1号岗（正门）' },
  shiftLabels: { 'fd-day': '前台 08:00–14:00', day: '白班 08:00–16:00' },
})

/** Shanghai is UTC+8: 2026-11-02 09:30 local is 01:30Z. */
const local = (day: string, hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number)
  return new Date(Date.parse(`${day}T00:00:00Z`) + ((h - 8) * 60 + m) * 60_000).toISOString()
}

const log = (fields: Partial<RegisterLog> & Pick<RegisterLog, 'entries'>): RegisterLog => ({
  id: 1,
  post: 'front-desk',
  shiftDate: '2026-11-02',
  shift: 'fd-day',
  status: 'accepted',
  ...fields,
})

describe('the period of a register', () => {
  it('should take a day, a week and a month in the office’s timezone, both ends included', () => {
    const day = rangeOf('2026-11-02', '2026-11-02')
    expect(day.start.toISOString()).toBe('2026-11-01T16:00:00.000Z')
    expect(day.end.toISOString()).toBe('2026-11-02T16:00:00.000Z')
    expect(rangeOf('2026-11-02', '2026-11-08').end.toISOString()).toBe('2026-11-08T16:00:00.000Z')
    expect(rangeOf('2026-11-01', '2026-11-30').from).toBe('2026-11-01')
    expect(inRange(local('2026-11-02', '00:00'), day)).toBe(true)
    expect(inRange(local('2026-11-02', '23:59'), day)).toBe(true)
    expect(inRange(local('2026-11-03', '00:00'), day)).toBe(false)
  })

  it('should allow up to a year and refuse a day more, naming to', () => {
    expect(parseRegisterRange('2026-01-01', '2026-12-31', TZ).ok).toBe(true)
    expect(parseRegisterRange('2026-01-01', '2027-01-01', TZ)).toMatchObject({
      ok: false,
      field: 'to',
    })
    expect(parseRegisterRange('2028-02-29', '2029-02-28', TZ).ok).toBe(true)
  })

  it('should refuse an end before the start, naming to', () => {
    expect(parseRegisterRange('2026-11-08', '2026-11-02', TZ)).toMatchObject({
      ok: false,
      field: 'to',
    })
  })

  it.each([
    ['2026-11-31', '2026-12-01', 'from'],
    ['2026/11/01', '2026-12-01', 'from'],
    [null, '2026-12-01', 'from'],
    ['2026-11-01', 'yesterday', 'to'],
    ['2026-11-01', undefined, 'to'],
    ['2026-11-01', '2026-02-30', 'to'],
  ])('should refuse a malformed date (%s, %s), naming %s', (from, to, field) => {
    expect(parseRegisterRange(from, to, TZ)).toMatchObject({ ok: false, field })
  })

  it('should step days across a month end', () => {
    expect(shiftDay('2026-11-30', 1)).toBe('2026-12-01')
    expect(shiftDay('2026-03-01', -1)).toBe('2026-02-28')
  })
})

describe('来人来电来访登记表', () => {
  it('should list the visitor entries of the period in time order, with every post and nothing else', () => {
    const report = buildVisitorRegister(
      [
        log({
          entries: [
            {
              kind: 'visitor',
              at: local('2026-11-02', '10:15'),
              name: '王女士',
              text: '咨询停车\n月卡',
              idShown: true,
              unit: '3-1201',
              recordedBy: '张三',
              visitorClass: 'resident-guest',
            },
            { kind: 'mail', at: local('2026-11-02', '09:00'), name: '3栋1201' },
            { kind: 'visitor', at: local('2026-11-01', '23:50'), name: '前一天' },
          ],
        }),
        log({
          id: 2,
          post: 'gate-1',
          entries: [
            {
              kind: 'visitor',
              at: local('2026-11-02', '09:30'),
              name: '快递员刘师傅',
              outAt: local('2026-11-02', '09:40'),
            },
          ],
        }),
      ],
      ctx(),
    )
    expect(report.rows).toEqual([
      {
        seq: 1,
        at: '2026-11-02 09:30',
        post: '1号岗（正门）',
        name: '快递员刘师傅',
        class: '',
        unit: '',
        purpose: '',
        idShown: '未验',
        outAt: '2026-11-02 09:40',
        recordedBy: '',
      },
      {
        seq: 2,
        at: '2026-11-02 10:15',
        post: '客服前台',
        name: '王女士',
        class: '业主亲友',
        unit: '3-1201',
        purpose: '咨询停车 月卡',
        idShown: '已验',
        outAt: '',
        recordedBy: '张三',
      },
    ])
    expect(report.subtitle).toContain('共 2 人次')
    expect(report.columns.map((c) => c.key)).toEqual(Object.keys(report.rows[0]))
  })
})

describe('邮件收发记录表', () => {
  it('should show received, notified and collected, and count what waits', () => {
    const report = buildMailRegister(
      [
        log({
          entries: [
            {
              kind: 'mail',
              at: local('2026-11-03', '09:00'),
              name: '李先生',
              unit: '2-801',
              text: '挂号信',
              notifiedAt: local('2026-11-03', '09:05'),
              collectedAt: local('2026-11-03', '18:00'),
              collectedBy: '李太太',
              recordedBy: '张三',
            },
            { kind: 'mail', at: local('2026-11-04', '10:00'), name: '赵女士', text: '报纸' },
          ],
        }),
      ],
      ctx(),
    )
    expect(report.rows[0]).toEqual({
      seq: 1,
      at: '2026-11-03 09:00',
      addressee: '李先生',
      unit: '2-801',
      what: '挂号信',
      notifiedAt: '2026-11-03 09:05',
      collectedAt: '2026-11-03 18:00',
      collectedBy: '李太太',
      recordedBy: '张三',
    })
    expect(report.rows[1]).toMatchObject({ addressee: '赵女士', collectedAt: '', collectedBy: '' })
    expect(report.subtitle).toContain('共 2 件，待领取 1 件')
  })
})

describe('物品放行登记表 and the release slip', () => {
  const entries = [
    { id: 'e1', kind: 'event', at: local('2026-11-05', '09:00'), text: '巡查' },
    {
      id: 'e2',
      kind: 'goods-release',
      at: local('2026-11-05', '10:00'),
      items: '旧沙发',
      carrier: '回收公司',
      ownerConfirmedBy: '业主本人',
      ownerConfirmMethod: 'phone',
      released: true,
      unit: '4-302',
    },
    { id: 'e3', kind: 'goods-release', at: local('2026-11-05', '11:00'), items: '钢琴' },
  ]

  it('should list each release with the owner’s confirmation and its state', () => {
    const report = buildReleaseRegister([log({ entries })], ctx())
    expect(report.rows.map((r) => [r.items, r.confirmedBy, r.method, r.state])).toEqual([
      ['旧沙发', '业主本人', '电话确认', '已放行'],
      ['钢琴', '', '', '待业主确认'],
    ])
    expect(report.subtitle).toContain('共 2 次，已放行 1 次')
  })

  it('should find a release by entry id or position, and nothing else', () => {
    expect(findRelease(entries, 'e2')?.index).toBe(1)
    expect(findRelease(entries, '2')?.entry.items).toBe('钢琴')
    expect(findRelease(entries, 'e1')).toBeNull()
    expect(findRelease(entries, '0')).toBeNull()
    expect(findRelease(entries, '9')).toBeNull()
    expect(findRelease(entries, 'nope')).toBeNull()
  })

  it('should make a slip for a confirmed release and refuse one the owner has not confirmed', () => {
    const l = log({ id: 42, entries })
    const slip = releaseSlip(l, findRelease(entries, 'e2')!, ctx())
    expect(slip).toMatchObject({
      ok: true,
      slip: {
        number: 'FX-42-1',
        items: '旧沙发',
        confirmedBy: '业主本人',
        method: '电话确认',
        released: true,
      },
    })
    expect(releaseSlip(l, findRelease(entries, 'e3')!, ctx())).toMatchObject({ ok: false })
  })
})

describe('临时出入证发放登记表', () => {
  it('should list passes issued or returned in the period with the old log entries, by issue time', () => {
    const report = buildPassRegister(
      [
        {
          number: 'LS-202611-0002',
          workerName: '李师傅',
          company: '美家装修',
          unit: '2-801',
          validFrom: '2026-11-03T00:00:00.000Z',
          validUntil: '2026-11-30T00:00:00.000Z',
          issuedAt: local('2026-11-03', '09:00'),
          issuedBy: '张三',
          status: 'issued',
        },
        {
          number: 'LS-202610-0009',
          workerName: '老王',
          company: '宏达',
          unit: '1-101',
          validFrom: '2026-10-01T00:00:00.000Z',
          validUntil: '2026-11-05T00:00:00.000Z',
          issuedAt: local('2026-10-01', '09:00'),
          returnedAt: local('2026-11-04', '17:00'),
          status: 'returned',
        },
        {
          number: 'LS-202610-0001',
          workerName: '不在期间',
          company: 'X',
          issuedAt: local('2026-10-01', '09:00'),
          status: 'issued',
        },
      ],
      [
        log({
          entries: [
            {
              kind: 'pass',
              at: local('2026-11-02', '08:30'),
              name: '陈师傅',
              company: '旧记录装修',
              validUntil: '2026-11-06T00:00:00.000Z',
            },
          ],
        }),
      ],
      ctx(),
    )
    expect(report.rows.map((r) => [r.seq, r.number, r.workerName, r.state])).toEqual([
      [1, 'LS-202610-0009', '老王', '已归还'],
      [2, '（交接班记录）', '陈师傅', '已过期'],
      [3, 'LS-202611-0002', '李师傅', '有效'],
    ])
    expect(report.rows[2]).toMatchObject({
      validFrom: '2026-11-03',
      validUntil: '2026-11-30',
      issuedBy: '张三',
    })
  })

  it('should call a pass expired only after its last valid day', () => {
    const now = new Date(local('2026-11-06', '23:00'))
    expect(passState({ validUntil: '2026-11-06T00:00:00.000Z' }, now, TZ)).toBe('有效')
    expect(passState({ validUntil: '2026-11-05T00:00:00.000Z' }, now, TZ)).toBe('已过期')
    expect(passState({ validUntil: '2026-11-05T00:00:00.000Z', status: 'returned' }, now, TZ)).toBe(
      '已归还',
    )
  })

  it('should refuse a validity that ends before it starts, naming validUntil', () => {
    expect(passValidityProblem('2026-11-05', '2026-11-04')).toMatchObject({ path: 'validUntil' })
    expect(passValidityProblem('2026-11-05', null)).toMatchObject({ path: 'validUntil' })
    expect(passValidityProblem(undefined, '2026-11-05')).toMatchObject({ path: 'validFrom' })
    expect(passValidityProblem('2026-11-05', '2026-11-05')).toBeNull()
  })
})

describe('the return of a pass', () => {
  const plan = (status: string, roles: string[]) =>
    passWorkflow.plan({
      action: 'return',
      state: { status },
      body: {},
      actor: { id: 3, roles: roles as never },
      now: new Date('2026-11-05T09:00:00Z'),
      context: undefined,
    })

  it('should let the desk or the gate take a pass back once', () => {
    expect(plan('issued', ['security-guard'])).toEqual({
      ok: true,
      data: { status: 'returned', returnedAt: '2026-11-05T09:00:00.000Z', returnedTo: 3 },
    })
    expect(plan('returned', ['cs-clerk'])).toMatchObject({ ok: false, status: 409 })
    expect(plan('issued', ['engineer'])).toMatchObject({ ok: false, status: 403 })
  })
})

describe('客服前台值班记录表', () => {
  it('should give a row per front-desk shift of the period with the handover and open items', () => {
    const report = buildFrontDeskDuty(
      [
        log({
          shiftDate: '2026-11-02',
          shift: 'fd-day',
          onDuty: '张三',
          signedBy: '张三',
          incoming: '李四',
          reviewedBy: '王经理',
          status: 'reviewed',
          summary: '本班正常',
          openItems: [{ kind: 'goods-release', ref: '钢琴', note: '待业主确认后放行' }],
          entries: [{ kind: 'mail' }, { kind: 'visitor' }, { kind: 'visitor' }],
        }),
        log({ post: 'gate-1', shiftDate: '2026-11-02', shift: 'day', entries: [] }),
        log({ shiftDate: '2026-11-09', entries: [] }),
      ],
      ctx(),
    )
    expect(report.rows).toEqual([
      {
        seq: 1,
        date: '2026-11-02',
        shift: '前台 08:00–14:00',
        onDuty: '张三',
        entries: '访客登记 2、邮件报刊 1',
        summary: '本班正常',
        openItems: '钢琴：待业主确认后放行',
        signedBy: '张三',
        incoming: '李四',
        reviewedBy: '王经理',
        status: '经理已审核',
      },
    ])
    expect(entryCounts({ entries: [] })).toBe('')
  })
})

describe('the registers', () => {
  it('should each print on a form of its own, on landscape paper', () => {
    const forms = Object.values(REGISTERS).map((r) => r.form)
    expect(new Set(forms).size).toBe(forms.length)
    expect(Object.values(REGISTERS).every((r) => formOf(r.form).landscape === true)).toBe(true)
  })
})
