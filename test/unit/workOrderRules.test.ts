import { isSampledForVisit } from '@/domain/complaints/returnVisits'
import { parseDay, parseWeek } from '@/domain/reportPeriods'
import { planWorkOrderAction } from '@/domain/workOrders/actions'
import { costMaterials, priceLines } from '@/domain/workOrders/pricing'
import type { WorkOrderState } from '@/domain/workOrders/actions'
import {
  appointmentProblem,
  appointmentWindow,
  arrivalDue,
  pendingWorkOrderBreaches,
  repairVisitWindow,
  returnedSameDay,
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

  it.each([
    // dispatched             signed for             met (the 5-minute target counts from dispatch)
    ['2026-11-21T16:02:00Z', '2026-11-21T16:07:00Z', true],
    ['2026-11-21T16:02:00Z', '2026-11-21T16:07:01Z', false],
    ['2026-11-21T16:02:00Z', null, null],
    [null, '2026-11-21T16:07:00Z', null],
  ])('工程部签收: dispatched %s, signed for %s → on time %p', (dispatchedAt, receivedAt, met) => {
    const sla = workOrderSla({
      registeredAt: '2026-11-21T16:00:00Z',
      dispatchedAt,
      receivedAt,
      commercial: false,
    })
    expect(sla.receiptMet).toBe(met)
  })

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

describe('appointments (预约上门)', () => {
  const tz = 'Asia/Shanghai'
  it.each([
    [{ date: '2026-12-02', from: '19:00', to: '21:00' }, null],
    [{}, null],
    [{ date: '2026-02-30', from: '19:00', to: '21:00' }, 'appointment.date'],
    [{ date: '2026-12-02', from: '7pm', to: '21:00' }, 'appointment.from'],
    [{ date: '2026-12-02', from: '19:00' }, 'appointment.to'],
    [{ date: '2026-12-02', from: '21:00', to: '19:00' }, 'appointment.to'],
    [{ from: '19:00', to: '21:00' }, 'appointment.date'],
  ])('should check %j, naming %s', (appointment, path) => {
    expect(appointmentProblem(appointment)?.path ?? null).toBe(path)
  })

  it('should read the window in the office’s timezone', () => {
    const window = appointmentWindow({ date: '2026-12-02', from: '19:00', to: '21:00' }, tz)
    expect(window?.start.toISOString()).toBe('2026-12-02T11:00:00.000Z')
    expect(window?.end.toISOString()).toBe('2026-12-02T13:00:00.000Z')
    expect(appointmentWindow({ date: '2026-12-02', from: '21:00', to: '19:00' }, tz)).toBeNull()
    expect(appointmentWindow(null, tz)).toBeNull()
  })

  it('should measure arrival against the agreed window, not 30 minutes after dispatch', () => {
    const window = appointmentWindow({ date: '2026-12-02', from: '19:00', to: '21:00' }, tz)
    const order = {
      registeredAt: '2026-12-02T01:00:00Z',
      dispatchedAt: '2026-12-02T01:03:00Z',
      commercial: false,
    }
    // Dispatched in the morning, at the door at 20:30 local: late by the 30-minute rule, on time
    // by the appointment.
    const evening = { ...order, arrivedAt: '2026-12-02T12:30:00Z' }
    expect(workOrderSla(evening).arrivalMet).toBe(false)
    const agreed = workOrderSla(evening, undefined, window)
    expect(agreed.arrivalDueAt).toBe('2026-12-02T13:00:00.000Z')
    expect(agreed.arrivalMet).toBe(true)
    // After the window closed: late.
    expect(
      workOrderSla({ ...order, arrivedAt: '2026-12-02T13:01:00Z' }, undefined, window),
    ).toMatchObject({
      arrivalMet: false,
    })
    expect(arrivalDue(null, 30, window)).toBeNull()
    expect(arrivalDue('2026-12-02T01:03:00Z', 30, null)?.toISOString()).toBe(
      '2026-12-02T01:33:00.000Z',
    )
  })
})

describe('engineering signs for the order (工程部签收)', () => {
  it('should give engineering the dispatch target from dispatch, commercial or not', () => {
    const base = { registeredAt: '2026-12-02T01:00:00Z', dispatchedAt: '2026-12-02T01:10:00Z' }
    expect(workOrderSla({ ...base, commercial: false }).receiptDueAt).toBe(
      '2026-12-02T01:15:00.000Z',
    )
    expect(workOrderSla({ ...base, commercial: true }).receiptDueAt).toBe(
      '2026-12-02T01:30:00.000Z',
    )
    expect(
      workOrderSla({ registeredAt: base.registeredAt, commercial: false }).receiptDueAt,
    ).toBeNull()
  })

  it('should escalate an order not signed for once, and not one signed for or arrived at', () => {
    const order = {
      status: 'dispatched',
      dispatchedAt: '2026-12-02T01:10:00Z',
      receiptDueAt: '2026-12-02T01:15:00Z',
      arrivalDueAt: '2026-12-02T01:40:00Z',
    }
    const at = new Date('2026-12-02T01:16:00Z')
    expect(pendingWorkOrderBreaches(order, at)).toEqual(['receipt'])
    expect(pendingWorkOrderBreaches({ ...order, breachesNotified: ['receipt'] }, at)).toEqual([])
    expect(pendingWorkOrderBreaches({ ...order, receivedAt: '2026-12-02T01:12:00Z' }, at)).toEqual(
      [],
    )
    expect(pendingWorkOrderBreaches(order, new Date('2026-12-02T01:14:00Z'))).toEqual([])
  })
})

describe('returned to customer service the same day', () => {
  const tz = 'Asia/Shanghai'
  it.each([
    // unfinished (UTC)        returned (UTC)          same local day?
    ['2026-12-02T08:00:00Z', null, null],
    ['2026-12-02T08:00:00Z', '2026-12-02T15:59:00Z', true], // 23:59 local
    ['2026-12-02T08:00:00Z', '2026-12-02T16:01:00Z', false], // 00:01 the next day
    ['2026-12-01T17:00:00Z', '2026-12-02T01:00:00Z', true], // both 2 Dec local
  ])('unfinished %s, returned %s → %p', (unfinishedAt, returnedAt, same) => {
    expect(returnedSameDay(unfinishedAt, returnedAt, tz)).toBe(same)
  })
})

describe('the new steps of planWorkOrderAction', () => {
  const now = new Date('2026-12-02T06:00:00Z')
  const clerk = { id: 3, roles: ['cs-clerk'] as const }
  const dispatcher = { id: 1, roles: ['dispatcher'] as const }
  const engineer = { id: 7, roles: ['engineer'] as const }
  const paidOrder: WorkOrderState = {
    status: 'registered',
    paid: true,
    lines: [{ id: 'a', item: 5, quantity: 1 }],
    total: 120,
  }
  const plan = (
    action: string,
    order: WorkOrderState,
    actor: { id: number; roles: readonly ('cs-clerk' | 'dispatcher' | 'engineer' | 'director')[] },
    body: Record<string, unknown> = {},
    paymentBeforeDispatch = true,
  ) => planWorkOrderAction({ action, order, body, actor, now, paymentBeforeDispatch })

  it('should hold a paid order until its quote is accepted and paid, unless the office switched it off', () => {
    expect(plan('dispatch', paidOrder, dispatcher, { engineer: 7 })).toMatchObject({
      ok: false,
      field: 'quoteAcceptedAt',
    })
    const accepted = { ...paidOrder, quoteAcceptedAt: '2026-12-02T05:00:00Z' }
    expect(plan('dispatch', accepted, dispatcher, { engineer: 7 })).toMatchObject({
      ok: false,
      status: 400,
      field: 'payment',
    })
    expect(
      plan('dispatch', { ...accepted, paymentReceived: true }, dispatcher, { engineer: 7 }),
    ).toMatchObject({ ok: true, data: { status: 'dispatched', receivedAt: null } })
    expect(plan('dispatch', paidOrder, dispatcher, { engineer: 7 }, false)).toMatchObject({
      ok: true,
    })
  })

  it('should record the quote’s acceptance before work starts, and refuse it after', () => {
    expect(plan('accept-quote', paidOrder, clerk, { acceptedBy: '孙业主' })).toMatchObject({
      ok: true,
      data: { quoteAcceptedBy: '孙业主', quoteTotal: 120, quoteAcceptedAt: now.toISOString() },
    })
    expect(plan('accept-quote', paidOrder, clerk)).toMatchObject({ field: 'quoteAcceptedBy' })
    expect(plan('accept-quote', paidOrder, engineer, { acceptedBy: 'x' })).toMatchObject({
      status: 403,
    })
    expect(
      plan('accept-quote', { ...paidOrder, status: 'on-site' }, clerk, { acceptedBy: 'x' }),
    ).toMatchObject({ ok: false, status: 409, field: 'quoteAcceptedAt' })
    // Re-dispatched after an unfinished visit: the work had started.
    expect(
      plan(
        'accept-quote',
        { ...paidOrder, status: 'dispatched', unfinishedReason: '缺配件' },
        clerk,
        {
          acceptedBy: 'x',
        },
      ),
    ).toMatchObject({ ok: false, status: 409 })
    expect(
      plan('accept-quote', { status: 'registered', paid: false }, clerk, { acceptedBy: 'x' }),
    ).toMatchObject({ ok: false, field: 'lines' })
  })

  it('should let only the assigned engineer sign for a dispatched order, once', () => {
    const dispatched: WorkOrderState = {
      status: 'dispatched',
      engineer: 7,
      dispatchedAt: '2026-12-02T05:55:00Z',
    }
    expect(plan('receive', dispatched, engineer)).toMatchObject({
      ok: true,
      data: { receivedAt: now.toISOString(), receivedBy: 7 },
    })
    expect(plan('receive', dispatched, { id: 8, roles: ['engineer'] })).toMatchObject({
      status: 403,
    })
    expect(
      plan('receive', { ...dispatched, receivedAt: now.toISOString() }, engineer),
    ).toMatchObject({ status: 409, field: 'receivedAt' })
  })

  it('should append an on-site price only with the resident’s agreement', () => {
    const onSite: WorkOrderState = { status: 'on-site', engineer: 7, lines: paidOrder.lines }
    const body = { description: '疏通下水管', quantity: 1, unitPrice: 80, agreedBy: '孙业主' }
    const ok = plan('price-on-site', onSite, engineer, body)
    expect(ok).toMatchObject({ ok: true, data: { paid: true } })
    expect(ok.ok && (ok.data.lines as unknown[])).toEqual([
      { id: 'a', item: 5, quantity: 1 },
      {
        description: '疏通下水管',
        quantity: 1,
        unitPrice: 80,
        agreedByResident: true,
        agreedBy: '孙业主',
      },
    ])
    expect(plan('price-on-site', onSite, engineer, { ...body, agreedBy: ' ' })).toMatchObject({
      field: 'agreedBy',
    })
    expect(plan('price-on-site', onSite, engineer, { ...body, unitPrice: -1 })).toMatchObject({
      field: 'unitPrice',
    })
    expect(plan('price-on-site', onSite, dispatcher, body)).toMatchObject({ status: 403 })
  })

  it('should have the resident sign an unfinished visit, then return it to customer service', () => {
    const onSite: WorkOrderState = {
      status: 'on-site',
      engineer: 7,
      arrivedAt: '2026-12-02T05:00:00Z',
    }
    const body = {
      reason: '缺配件',
      madeSafe: '已关闭总阀',
      nextAppointment: '2026-12-03T06:00:00Z',
    }
    expect(plan('not-finished', onSite, engineer, body)).toMatchObject({
      ok: false,
      field: 'unfinishedSignoffName',
    })
    expect(
      plan('not-finished', onSite, engineer, { ...body, residentSignoffName: '孙业主' }),
    ).toMatchObject({
      ok: true,
      data: {
        unfinishedSignoffName: '孙业主',
        unfinishedAt: now.toISOString(),
        informedCustomerServiceAt: null,
      },
    })
    const pending: WorkOrderState = { status: 'pending-revisit', engineer: 7 }
    expect(plan('dispatch', pending, dispatcher, { engineer: 7 })).toMatchObject({
      status: 409,
      field: 'informedCustomerServiceAt',
    })
    expect(plan('return-to-service', pending, engineer)).toMatchObject({
      ok: true,
      data: { informedCustomerServiceAt: now.toISOString(), returnedToServiceBy: 7 },
    })
    expect(plan('return-to-service', pending, clerk)).toMatchObject({ status: 403 })
    expect(
      plan(
        'return-to-service',
        { ...pending, informedCustomerServiceAt: now.toISOString() },
        engineer,
      ),
    ).toMatchObject({ status: 409 })
  })
})
