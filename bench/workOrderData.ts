import type { Payload } from 'payload'

import { prng } from '../seed/data'

type Drizzle = { insert: (table: unknown) => { values: (rows: unknown[]) => Promise<unknown> } }

/** `count` work orders registered on one day, dispatched and mostly finished, written in batches. */
export const bulkWorkOrders = async (
  payload: Payload,
  count: number,
  day: { from: Date },
  unitIds: number[],
  engineerIds: number[],
  prefix = 'WX-BENCH',
) => {
  const db = payload.db as unknown as { drizzle: Drizzle; tables: Record<string, unknown> }
  const random = prng(777)
  const rows = []
  for (let i = 0; i < count; i++) {
    const registered = day.from.getTime() + Math.floor(random() * 20 * 3600) * 1000
    const dispatched = registered + (1 + Math.floor(random() * 10)) * 60_000
    const arrived = dispatched + (10 + Math.floor(random() * 30)) * 60_000
    const finished = random() < 0.9 ? arrived + 45 * 60_000 : null
    const iso = (t: number | null) => (t === null ? null : new Date(t).toISOString())
    rows.push({
      number: `${prefix}-${String(i + 1).padStart(4, '0')}`,
      status: finished ? 'completed' : 'on-site',
      registeredAt: iso(registered),
      commercial: false,
      source: 'phone',
      category: 'plumbing',
      unit: unitIds[i % unitIds.length],
      fault: '厨房水龙头漏水',
      paid: false,
      engineer: engineerIds[i % engineerIds.length],
      dispatchedAt: iso(dispatched),
      arrivedAt: iso(arrived),
      finishedAt: iso(finished),
      dispatchDueAt: iso(registered + 5 * 60_000),
      arrivalDueAt: iso(dispatched + 30 * 60_000),
      dispatchMet: dispatched - registered <= 5 * 60_000,
      arrivalMet: arrived - dispatched <= 30 * 60_000,
      createdAt: iso(registered),
      updatedAt: iso(registered),
    })
  }
  for (let start = 0; start < rows.length; start += 250) {
    await db.drizzle.insert(db.tables.work_orders).values(rows.slice(start, start + 250))
  }
}
