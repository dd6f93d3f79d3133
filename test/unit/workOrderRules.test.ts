import { isSampledForVisit } from '@/domain/complaints/returnVisits'
import { parseDay, parseWeek } from '@/domain/reportPeriods'
import { planWorkOrderAction } from '@/domain/workOrders/actions'
import { costMaterials, priceLines } from '@/domain/workOrders/pricing'
import {
  pendingWorkOrderBreaches,
  repairVisitWindow,
  workOrderSla,
} from '@/domain/workOrders/rules'

describe('workOrderSla', () => {
  it.each([
    // registered (UTC)         dispatched             arrived                commercial dispatchMet arrivalMet
    ['2026-11-21T15:58:00Z', '2026-11-21T16:02:00Z', '2026-11-21T16:30:00Z', false, true, true],
    ['2026-11-21T15:58:00Z', '2026-11-21T16:04:00Z', '2026-11-21T16:35:00Z', false, false, false],
    ['2026-11-21T15:50:00Z', '2026-11-21T16:10:00Z', '2026-11-21T16:40:00Z', true, true, true],
    ['2026-11-21T15:50:00Z', '2026-11-21T16:11:00Z', null, true, false, null],
  ])(
    'registered %s, dispatched %s, arrived %s (commercial %p)',
    (registeredAt, dispatchedAt, arrivedAt, commercial, dispatchMet, arrivalMet) => {
      const sla = workOrderSla({ registeredAt, dispatchedAt, arrivedAt, commercial })
      expect(sla.dispatchMet).toBe(dispatchMet)
      expect(sla.arrivalMet).toBe(arrivalMet)
    },
  )

  it('should escalate each breach once', () => {
    const order = { dispatchDueAt: '2026-11-21T16:03:00Z', status: 'registered' }
    expect(pendingWorkOrderBreaches(order, new Date('2026-11-21T16:02:00Z'))).toEqual([])
    expect(pendingWorkOrderBreaches(order, new Date('2026-11-21T16:04:00Z'))).toEqual(['dispatch'])
    expect(
      pendingWorkOrderBreaches(
        { ...order, breachesNotified: ['dispatch'] },
        new Date('2026-11-21T16:04:00Z'),
      ),
    ).toEqual([])
    expect(
      pendingWorkOrderBreaches(
        { dispatchedAt: '2026-11-21T16:00:00Z', arrivalDueAt: '2026-11-21T16:30:00Z' },
        new Date('2026-11-21T16:31:00Z'),
      ),
    ).toEqual(['arrival'])
  })

  it('should give a repair a week for its return visit, a commercial repair a month', () => {
    expect(repairVisitWindow('2026-11-01T00:00:00.000Z', false).dueBy).toBe(
      '2026-11-08T00:00:00.000Z',
    )
    expect(repairVisitWindow('2026-11-01T00:00:00.000Z', true).dueBy).toBe(
      '2026-12-01T00:00:00.000Z',
    )
  })
})

describe('sampling repairs for return visits', () => {
  const numbers = Array.from(
    { length: 1000 },
    (_, i) => `WX-202611${String(1 + (i % 28)).padStart(2, '0')}-${String(i + 1).padStart(3, '0')}`,
  )
  it.each([20, 35, 50, 100])('should visit %i%% of 1,000 orders, within 3 points', (rate) => {
    const share =
      (numbers.filter((n) => isSampledForVisit(n, rate, 20)).length / numbers.length) * 100
    expect(Math.abs(share - rate)).toBeLessThanOrEqual(3)
  })
  it('should never go below 20%', () => {
    const share = (numbers.filter((n) => isSampledForVisit(n, 5, 20)).length / numbers.length) * 100
    expect(Math.abs(share - 20)).toBeLessThanOrEqual(3)
  })
})

describe('priceLines and costMaterials', () => {
  const list = new Map([
    ['1', { id: 1, item: '更换门锁', unit: '把', price: 120 }],
    ['2', { id: 2, item: '水龙头', unit: '个', price: 45.5 }],
  ])
  it('should price from the list, in whole fen', () => {
    const priced = priceLines(
      [
        { item: 1, quantity: 1, unitPrice: 1 },
        { item: 2, quantity: 3 },
      ],
      list,
    )
    expect(priced).toMatchObject({
      total: 256.5,
      lines: [{ amount: 120, unitPrice: 120 }, { amount: 136.5 }],
    })
    expect(
      priceLines(
        [
          { item: 2, quantity: 0.1 },
          { item: 2, quantity: 0.2 },
        ],
        list,
      ),
    ).toMatchObject({ total: 13.65 })
  })
  it.each([
    [[{ item: 1, quantity: 0 }], 'lines.0.quantity'],
    [[{ item: 9, quantity: 1 }], 'lines.0.item'],
    [[{ quantity: 1, unitPrice: 10, agreedByResident: true }], 'lines.0.description'],
    [
      [{ description: 'x', quantity: 1, unitPrice: -1, agreedByResident: true }],
      'lines.0.unitPrice',
    ],
    [[{ description: 'x', quantity: 1, unitPrice: 10 }], 'lines.0.agreedByResident'],
  ])('should name the problem in %p', (lines, path) => {
    expect(priceLines(lines, list)).toMatchObject({ path })
  })
  it('should cost company stock and require a check of what the resident supplied', () => {
    expect(
      costMaterials([{ source: 'company', name: '胶', quantity: 2, unitCost: 3.5 }]),
    ).toMatchObject({ cost: 7 })
    expect(costMaterials([{ source: 'resident', name: '龙头', quantity: 1 }])).toMatchObject({
      path: 'materials.0.check',
    })
  })
})

describe('planWorkOrderAction', () => {
  const now = new Date('2026-11-22T06:00:00Z')
  const dispatcher = { id: 1, roles: ['dispatcher'] as const }
  const engineer = { id: 7, roles: ['engineer'] as const }
  it('should refuse arrival before dispatch, naming dispatchedAt', () => {
    expect(
      planWorkOrderAction({
        action: 'arrive',
        order: { status: 'registered' },
        body: {},
        actor: dispatcher,
        now,
        paymentBeforeDispatch: false,
      }),
    ).toMatchObject({ ok: false, field: 'dispatchedAt' })
  })
  it('should refuse someone else’s engineer, and let the assigned one arrive', () => {
    const order = {
      status: 'dispatched' as const,
      engineer: 8,
      dispatchedAt: '2026-11-22T05:50:00Z',
    }
    expect(
      planWorkOrderAction({
        action: 'arrive',
        order,
        body: {},
        actor: engineer,
        now,
        paymentBeforeDispatch: false,
      }),
    ).toMatchObject({ ok: false, status: 403 })
    expect(
      planWorkOrderAction({
        action: 'arrive',
        order: { ...order, engineer: 7 },
        body: {},
        actor: engineer,
        now,
        paymentBeforeDispatch: false,
      }),
    ).toMatchObject({ ok: true, data: { status: 'on-site', arrivedAt: now.toISOString() } })
  })
  it('should refuse an engineer dispatching', () => {
    expect(
      planWorkOrderAction({
        action: 'dispatch',
        order: { status: 'registered' },
        body: { engineer: 7 },
        actor: engineer,
        now,
        paymentBeforeDispatch: false,
      }),
    ).toMatchObject({ ok: false, status: 403 })
  })
})

describe('parseDay and parseWeek', () => {
  it('should read local days and ISO weeks', () => {
    expect(parseDay('2026-11-22', 'Asia/Shanghai')?.from.toISOString()).toBe(
      '2026-11-21T16:00:00.000Z',
    )
    expect(parseDay('2026-02-30', 'Asia/Shanghai')).toBeNull()
    expect(parseWeek('2026-W01', 'Asia/Shanghai')?.from.toISOString()).toBe(
      '2025-12-28T16:00:00.000Z',
    )
    expect(parseWeek('2026-W47', 'Asia/Shanghai')?.from.toISOString()).toBe(
      '2026-11-15T16:00:00.000Z',
    )
    expect(parseWeek('2026-W54', 'Asia/Shanghai')).toBeNull()
  })
})
