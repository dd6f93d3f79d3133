import { isClockTime, localDate, zonedTime } from '../time'

const MINUTE_MS = 60_000

export const WORK_ORDER_STATUSES = {
  registered: { zh: '已登记', en: 'Registered' },
  dispatched: { zh: '已派工', en: 'Dispatched' },
  'on-site': { zh: '已到场', en: 'On site' },
  completed: { zh: '已完工', en: 'Completed' },
  'pending-revisit': { zh: '待再次上门', en: 'Pending revisit' },
} as const
export type WorkOrderStatus = keyof typeof WORK_ORDER_STATUSES

export const WORK_ORDER_SOURCES = {
  phone: { zh: '来电', en: 'Phone' },
  visit: { zh: '来访', en: 'Visit' },
  complaint: { zh: '投诉转派', en: 'From a complaint' },
  inspection: { zh: '巡查发现', en: 'Inspection' },
} as const

export const REPAIR_CATEGORIES = {
  plumbing: { zh: '给排水', en: 'Plumbing' },
  electrical: { zh: '电气', en: 'Electrical' },
  'doors-windows': { zh: '门窗', en: 'Doors and windows' },
  'walls-floors': { zh: '墙地面', en: 'Walls and floors' },
  appliances: { zh: '设备设施', en: 'Appliances and fittings' },
  other: { zh: '其他', en: 'Other' },
} as const

/** Service-level targets, in minutes (office settings may change them). */
export type WorkOrderTargets = {
  /** A commercial tenant's order reaches engineering within 20 minutes. */
  commercialDispatchMinutes: number
  /** Everyone else's "at once": the office's working definition. */
  dispatchMinutes: number
  /** The engineer is at the door within 30 minutes of dispatch. */
  arrivalMinutes: number
}

export const DEFAULT_TARGETS: WorkOrderTargets = {
  commercialDispatchMinutes: 20,
  dispatchMinutes: 5,
  arrivalMinutes: 30,
}

/**
 * The visit agreed with the resident (预约上门): a local date and a time window, replacing the free
 * text of when they are at home (old orders keep that text, still shown).
 */
export type Appointment = { date?: string | null; from?: string | null; to?: string | null }

/** Why an appointment cannot be used, naming its field (`appointment.to`), or null: fine or none. */
export const appointmentProblem = (
  appointment: Appointment | null | undefined,
): { path: string; message: string } | null => {
  const { date, from, to } = appointment ?? {}
  if (!date && !from && !to) return null
  const path = (field: string) => `appointment.${field}`
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date ?? '')
  const real =
    match &&
    new Date(Date.UTC(+match[1], +match[2] - 1, +match[3])).toISOString().slice(0, 10) === date
  if (!real) return { path: path('date'), message: '预约日期应为 YYYY-MM-DD / date is YYYY-MM-DD' }
  if (!from || !isClockTime(from)) {
    return { path: path('from'), message: '开始时间应为 HH:MM / window start is HH:MM' }
  }
  if (!to || !isClockTime(to)) {
    return { path: path('to'), message: '结束时间应为 HH:MM / window end is HH:MM' }
  }
  if (to <= from) {
    return { path: path('to'), message: '结束时间须晚于开始时间 / The window ends after it starts' }
  }
  return null
}

/** The agreed window as instants in the office's timezone, or null when none was agreed. */
export const appointmentWindow = (
  appointment: Appointment | null | undefined,
  timeZone: string,
): { start: Date; end: Date } | null => {
  if (!appointment?.date || appointmentProblem(appointment)) return null
  const [y, m, d] = appointment.date.split('-').map(Number)
  const at = (clock: string) => {
    const [h, min] = clock.split(':').map(Number)
    return zonedTime(timeZone, y, m, d, h, min)
  }
  return { start: at(String(appointment.from)), end: at(String(appointment.to)) }
}

/**
 * When the engineer must be at the door: with an agreed appointment, by the end of its window
 * (001: arrive when the resident is at home — arriving early within the day is not late); without
 * one, within the arrival target after dispatch. Null until dispatched.
 */
export const arrivalDue = (
  dispatchedAt: string | null | undefined,
  arrivalMinutes: number,
  window: { start: Date; end: Date } | null,
): Date | null => {
  if (!dispatchedAt) return null
  if (window) return window.end
  return new Date(new Date(dispatchedAt).getTime() + arrivalMinutes * MINUTE_MS)
}

/** Deadlines and whether each was met (null while it cannot yet be known). */
export const workOrderSla = (
  order: {
    registeredAt: string
    dispatchedAt?: string | null
    /** 工程部签收: when engineering signed for the order. */
    receivedAt?: string | null
    arrivedAt?: string | null
    commercial: boolean
  },
  targets: WorkOrderTargets = DEFAULT_TARGETS,
  /** The agreed appointment, when there is one: arrival is measured against it. */
  appointment: { start: Date; end: Date } | null = null,
) => {
  const registered = new Date(order.registeredAt).getTime()
  const dispatchTarget =
    (order.commercial ? targets.commercialDispatchMinutes : targets.dispatchMinutes) * MINUTE_MS
  const dispatchDueAt = new Date(registered + dispatchTarget)
  const dispatched = order.dispatchedAt ? new Date(order.dispatchedAt).getTime() : null
  // 工程部签收: engineering signs for the order within the same target as its dispatch ("reaches
  // engineering at once; a commercial tenant's within 20 minutes"), counted from the dispatch.
  const receiptDueAt = dispatched === null ? null : new Date(dispatched + dispatchTarget)
  const arrivalDueAt = arrivalDue(order.dispatchedAt, targets.arrivalMinutes, appointment)
  const arrived = order.arrivedAt ? new Date(order.arrivedAt).getTime() : null
  const received = order.receivedAt ? new Date(order.receivedAt).getTime() : null
  return {
    dispatchDueAt: dispatchDueAt.toISOString(),
    receiptDueAt: receiptDueAt?.toISOString() ?? null,
    arrivalDueAt: arrivalDueAt?.toISOString() ?? null,
    dispatchMet: dispatched === null ? null : dispatched <= dispatchDueAt.getTime(),
    // 签收及时: signed for within the target after dispatch (null until signed for).
    receiptMet:
      received === null || receiptDueAt === null ? null : received <= receiptDueAt.getTime(),
    arrivalMet:
      arrived === null || arrivalDueAt === null ? null : arrived <= arrivalDueAt.getTime(),
    minutesToDispatch:
      dispatched === null ? null : Math.round((dispatched - registered) / MINUTE_MS),
    minutesToArrive:
      arrived === null || dispatched === null
        ? null
        : Math.round((arrived - dispatched) / MINUTE_MS),
  }
}

export type WorkOrderBreach = 'dispatch' | 'receipt' | 'arrival'

/** SLA breaches an order has at `now` and has not yet been escalated for. */
export const pendingWorkOrderBreaches = (
  order: {
    status?: string | null
    dispatchDueAt?: string | null
    receiptDueAt?: string | null
    arrivalDueAt?: string | null
    dispatchedAt?: string | null
    receivedAt?: string | null
    arrivedAt?: string | null
    breachesNotified?: readonly string[] | null
  },
  now: Date,
): WorkOrderBreach[] => {
  const notified = new Set(order.breachesNotified ?? [])
  const breaches: WorkOrderBreach[] = []
  if (
    !order.dispatchedAt &&
    order.dispatchDueAt &&
    new Date(order.dispatchDueAt) < now &&
    !notified.has('dispatch')
  ) {
    breaches.push('dispatch')
  }
  if (
    order.dispatchedAt &&
    !order.receivedAt &&
    !order.arrivedAt &&
    order.receiptDueAt &&
    new Date(order.receiptDueAt) < now &&
    !notified.has('receipt')
  ) {
    breaches.push('receipt')
  }
  if (
    order.dispatchedAt &&
    !order.arrivedAt &&
    order.arrivalDueAt &&
    new Date(order.arrivalDueAt) < now &&
    !notified.has('arrival')
  ) {
    breaches.push('arrival')
  }
  return breaches
}

/** Return visit on a repair: within a week of completion; a month for commercial repair works. */
export const repairVisitWindow = (finishedAt: string, commercial: boolean) => {
  const finished = new Date(finishedAt).getTime()
  const days = commercial ? 30 : 7
  return {
    dueFrom: new Date(finished).toISOString(),
    dueBy: new Date(finished + days * 86_400_000).toISOString(),
  }
}

export const MIN_REPAIR_VISIT_RATE = 20

/**
 * 001: engineering returns an unfinished order to customer service the same day. Whether it did
 * (the office's local day of the unfinished visit and of the return); null while not returned.
 */
export const returnedSameDay = (
  unfinishedAt: string | null | undefined,
  returnedAt: string | null | undefined,
  timeZone: string,
): boolean | null => {
  if (!returnedAt) return null
  if (!unfinishedAt) return true
  return localDate(new Date(unfinishedAt), timeZone) === localDate(new Date(returnedAt), timeZone)
}
