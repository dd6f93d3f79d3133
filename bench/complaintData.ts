import type { Payload } from 'payload'

import { COMPLAINT_CATEGORIES, isEmergencyCategory } from '../src/domain/complaints/categories'
import { lexicalFromText } from '../src/lib/lexical'
import { prng } from '../seed/data'

type Tables = Record<string, unknown>
type Drizzle = {
  insert: (table: unknown) => {
    values: (
      rows: unknown[],
    ) => Promise<unknown> & { returning: (cols: unknown) => Promise<Array<{ id: number }>> }
  }
}

const DAY = 86_400_000

/**
 * 100,000 complaints over the last year (and return visits for most resolved ones), written straight
 * into the tables in batches: creating them one by one through the Local API would take an hour.
 * The shape matches what the hooks write.
 */
export const bulkComplaints = async (
  payload: Payload,
  total: number,
  unitIds: number[],
  buildings: string[],
) => {
  const db = payload.db as unknown as { drizzle: Drizzle; tables: Tables }
  const random = prng(4242)
  const now = Date.now()
  const batch = 500
  // A valid description: a later change through the Local API (a collective complaint's link)
  // validates the whole row.
  const description = lexicalFromText('基准数据')
  const kinds = ['complaint', 'complaint', 'enquiry', 'help', 'suggestion']
  const channels = ['phone', 'phone', 'visit', 'online', 'email', 'letter']
  const statuses = [
    'registered',
    'dispatched',
    'in-progress',
    'resolved',
    'return-visit',
    'closed',
    'closed',
    'closed',
  ]
  for (let start = 0; start < total; start += batch) {
    const rows = []
    for (let i = start; i < Math.min(total, start + batch); i++) {
      const registered = now - Math.floor(random() * 365 * DAY)
      const category = COMPLAINT_CATEGORIES[Math.floor(random() * COMPLAINT_CATEGORIES.length)]
      const status = statuses[Math.floor(random() * statuses.length)]
      const resolved = ['resolved', 'return-visit', 'closed'].includes(status)
      const minutes = resolved ? 30 + Math.floor(random() * 2400) : null
      const unit = Math.floor(random() * unitIds.length)
      const iso = new Date(registered).toISOString()
      rows.push({
        number: `TS-BENCH-${String(i + 1).padStart(6, '0')}`,
        status,
        severity: isEmergencyCategory(category) ? 'major' : 'general',
        registeredAt: iso,
        kind: kinds[Math.floor(random() * kinds.length)],
        channel: channels[Math.floor(random() * channels.length)],
        category,
        unit: unitIds[unit],
        building: buildings[unit],
        visitorName: '基准',
        visitorPhone: '13800000000',
        description,
        descriptionText: '基准数据',
        verifyDueAt: new Date(registered + 12 * 3_600_000).toISOString(),
        verifiedAt: new Date(registered + Math.floor(random() * 20) * 3_600_000).toISOString(),
        verifiedOnTime: random() < 0.8,
        resolveDueAt: new Date(registered + DAY).toISOString(),
        resolvedAt: minutes === null ? null : new Date(registered + minutes * 60_000).toISOString(),
        resolvedWithin24h: minutes === null ? null : minutes <= 1440,
        resolvedOnTime: minutes === null ? null : minutes <= 1440,
        minutesToResolve: minutes,
        returnVisitRequired: resolved,
        // The resolver's verdict: one resolved complaint in five found not true.
        verdict: minutes === null ? null : i % 5 === 0 ? 'unsubstantiated' : 'substantiated',
        verdictNote: minutes === null ? null : '基准',
        reopenCount: 0,
        createdAt: iso,
        updatedAt: iso,
      })
    }
    const inserted = await db.drizzle
      .insert(db.tables.complaints)
      .values(rows)
      .returning({ id: (db.tables.complaints as { id: unknown }).id })
    const visits = []
    for (let k = 0; k < rows.length; k++) {
      const row = rows[k]
      if (!row.resolvedAt || random() < 0.2) continue
      const rating = random() < 0.85 ? 'A' : random() < 0.7 ? 'B' : 'C'
      const recorded = new Date(new Date(row.resolvedAt).getTime() + 4 * DAY).toISOString()
      visits.push({
        complaint: inserted[k].id,
        household: `unit:${row.unit}`,
        status: 'done',
        method: 'phone',
        quality: rating,
        effect: rating,
        overall: rating,
        solved: rating !== 'C',
        recordedAt: recorded,
        createdAt: recorded,
        updatedAt: recorded,
      })
    }
    if (visits.length > 0) await db.drizzle.insert(db.tables.return_visits).values(visits)
  }
}
