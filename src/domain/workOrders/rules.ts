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

/** Deadlines and whether each was met (null while it cannot yet be known). */
export const workOrderSla = (
  order: {
    registeredAt: string
    dispatchedAt?: string | null
    arrivedAt?: string | null
    commercial: boolean
  },
  targets: WorkOrderTargets = DEFAULT_TARGETS,
) => {
  const registered = new Date(order.registeredAt).getTime()
  const dispatchDueAt = new Date(
    registered +
      (order.commercial ? targets.commercialDispatchMinutes : targets.dispatchMinutes) * MINUTE_MS,
  )
  const dispatched = order.dispatchedAt ? new Date(order.dispatchedAt).getTime() : null
  const arrivalDueAt =
    dispatched === null ? null : new Date(dispatched + targets.arrivalMinutes * MINUTE_MS)
  const arrived = order.arrivedAt ? new Date(order.arrivedAt).getTime() : null
  return {
    dispatchDueAt: dispatchDueAt.toISOString(),
    arrivalDueAt: arrivalDueAt?.toISOString() ?? null,
    dispatchMet: dispatched === null ? null : dispatched <= dispatchDueAt.getTime(),
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

export type WorkOrderBreach = 'dispatch' | 'arrival'

/** SLA breaches an order has at `now` and has not yet been escalated for. */
export const pendingWorkOrderBreaches = (
  order: {
    status?: string | null
    dispatchDueAt?: string | null
    arrivalDueAt?: string | null
    dispatchedAt?: string | null
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
