import type { Payload } from 'payload'

import { DEFAULT_TIMEZONE, localDate } from '../src/domain/time'
import { SERVER_WRITE } from '../src/lib/serverWrite'
import { slugs } from '../src/slugs'

const DAY = 86_400_000

/** Workers of two renovations, one crew finished (passes returned), one still at work. */
const WORKERS = [
  { workerName: '李建国', company: '美家装饰工程有限公司', unitIndex: 0, from: -20, until: 10 },
  { workerName: '王小军', company: '美家装饰工程有限公司', unitIndex: 0, from: -20, until: 10 },
  { workerName: '张伟', company: '美家装饰工程有限公司', unitIndex: 0, from: -3, until: 27 },
  {
    workerName: '陈师傅',
    company: '宏达水电安装队',
    unitIndex: 1,
    from: -40,
    until: -10,
    returned: -9,
  },
  { workerName: '刘强', company: '宏达水电安装队', unitIndex: 1, from: -40, until: -12 },
]

/**
 * A few renovation workers' passes for the demo estate, issued at the front desk by the clerk —
 * one crew at work, one finished (one pass returned, one never brought back, so expired) — so
 * that the passes register and the printed pass have something to show. Skipped when passes exist.
 */
export const seedWorkerPasses = async (
  payload: Payload,
  staffIds: Record<string, number>,
): Promise<number> => {
  if ((await payload.count({ collection: slugs.workerPasses })).totalDocs > 0) return 0
  const units = await payload.find({
    collection: slugs.units,
    where: { use: { equals: 'residential' } },
    sort: 'code',
    limit: 2,
    depth: 0,
  })
  if (units.docs.length < 2) return 0
  const clerk = staffIds['cs-clerk']
  const guard = staffIds['security-guard']
  const now = Date.now()
  const day = (offset: number) =>
    `${localDate(new Date(now + offset * DAY), DEFAULT_TIMEZONE)}T04:00:00.000Z`
  let created = 0
  for (const w of WORKERS) {
    const pass = await payload.create({
      collection: slugs.workerPasses,
      data: {
        workerName: w.workerName,
        company: w.company,
        unit: units.docs[w.unitIndex].id,
        validFrom: day(w.from),
        validUntil: day(w.until),
        issuedAt: new Date(now + w.from * DAY).toISOString(),
        issuedBy: clerk,
      },
      context: { [SERVER_WRITE]: true },
    })
    if (w.returned !== undefined) {
      await payload.update({
        collection: slugs.workerPasses,
        id: pass.id,
        data: {
          status: 'returned',
          returnedAt: new Date(now + w.returned * DAY).toISOString(),
          returnedTo: guard,
        },
        context: { [SERVER_WRITE]: true },
      })
    }
    created++
  }
  return created
}
