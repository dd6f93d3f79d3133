import type { PayloadRequest, TypedUser } from 'payload'

import { relationId } from '@/domain/relations'
import { planWithholding } from '@/domain/renovation/workflow'
import { depositOf } from './depositOf'
import { SERVER_WRITE } from '@/lib/serverWrite'
import { lockCase } from '@/lib/workflow/lockCase'
import { refusal } from '@/lib/workflow/refusal'
import { writeCase } from '@/lib/workflow/writeCase'
import type { Violation } from '@/payload-types'
import { slugs } from '@/slugs'

/**
 * The renovation procedure's last rung: a violation linked to a renovation that records
 * `withhold-deposit` withholds the renovation's deposit, with the violation's number and outcome
 * as the reason, in the action's transaction (a deposit not held → 409, and the measure is not
 * recorded either). Written as the user through the renovation's own workflow write.
 */
export const withholdForViolation = async (
  req: PayloadRequest,
  data: Record<string, unknown>,
  violation: Violation,
  user: TypedUser,
): Promise<Record<string, unknown> | undefined> => {
  const measures = (data.measures ?? []) as Array<{ measure?: string; outcome?: string | null }>
  const last = measures.at(-1)
  const id = relationId(violation.renovation)
  if (last?.measure !== 'withhold-deposit' || id === undefined) return undefined
  await lockCase(req, slugs.renovations, id)
  const renovation = await req.payload.findByID({
    collection: slugs.renovations,
    id,
    depth: 0,
    req,
  })
  const plan = planWithholding(
    { status: renovation.status ?? 'applied', deposit: depositOf(renovation.deposit) },
    { reason: `违章 ${violation.number}：${last.outcome ?? ''}`.trim() },
    { id: user.id },
    new Date(),
  )
  if (!plan.ok) throw refusal(slugs.renovations, plan)
  const written = await writeCase(req, {
    collection: slugs.renovations,
    id,
    action: 'withhold-deposit',
    data: plan.data,
    user,
    context: { [SERVER_WRITE]: true },
  })
  return { renovation: written }
}
