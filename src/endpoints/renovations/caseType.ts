import type {
  RenovationContext,
  RenovationExtra,
  RenovationState,
} from '@/domain/renovation/workflow'
import { renovationWorkflow } from '@/domain/renovation/workflow'
import { relationId } from '@/domain/relations'
import { officeSettings } from '@/lib/officeSettings'
import { depositOf } from '@/lib/renovation/depositOf'
import { renovationRules } from '@/lib/renovation/rules'
import { SERVER_WRITE } from '@/lib/serverWrite'
import type { CaseType } from '@/lib/workflow/caseType'
import type { Renovation } from '@/payload-types'
import { slugs } from '@/slugs'

/**
 * Renovations on the workflow engine. Two actions write outside the case, in the same
 * transaction, as the user (their access applies): `issue-pass` creates the worker's pass
 * (`worker-passes`, linked to the renovation, so it appears in the passes register), and a breach
 * (`report-breach`, or an inspection that saw work outside the permitted hours) records a
 * violation linked to the renovation — handled on the renovation procedure of the ladder.
 */
export const renovationCase: CaseType<
  RenovationState,
  RenovationContext,
  RenovationExtra,
  Renovation
> = {
  workflow: renovationWorkflow,
  toState: (doc) => ({
    status: doc.status ?? 'applied',
    startDate: doc.startDate,
    endDate: doc.endDate,
    workers: (doc.workers ?? []).map((w) => ({ id: w.id ?? null, name: w.name })),
    agreementSignedAt: doc.agreement?.signedAt ?? null,
    deposit: depositOf(doc.deposit),
    inspections: (doc.inspections ?? []).map((row) => ({
      ...row,
      inspector: relationId(row.inspector) ?? '',
      workObserved: row.workObserved ?? 'none',
    })),
  }),
  context: async ({ req }) => ({
    rules: await renovationRules(req),
    timeZone: (await officeSettings(req)).timezone,
  }),
  writeContext: () => ({ [SERVER_WRITE]: true }),
  apply: async ({ req, plan, doc, user }) => {
    const unit = relationId(doc.unit) as number
    const more: Record<string, unknown> = {}
    const pass = plan.extra?.pass
    if (pass) {
      const row = (doc.workers ?? []).find((w) => w.id === pass.worker.id)
      more.pass = await req.payload.create({
        collection: slugs.workerPasses,
        data: {
          workerName: pass.worker.name,
          ...(row?.idNumber ? { idNumber: row.idNumber } : {}),
          company: doc.contractorName,
          unit,
          renovation: doc.id,
          validFrom: pass.validFrom,
          validUntil: pass.validUntil,
        },
        depth: 0,
        overrideAccess: false,
        user,
        req,
      })
    }
    const breach = plan.extra?.breach
    if (breach) {
      more.violation = await req.payload.create({
        collection: slugs.violations,
        data: {
          kind: 'renovation',
          subKind: breach.subKind as 'noisy-hours',
          severity: 'general',
          unit,
          resident: relationId(doc.resident) as number | undefined,
          renovation: doc.id,
          occurredAt: breach.at,
          foundBy: user.id as number,
          description: `【${doc.number}】${breach.description}`,
        },
        depth: 0,
        overrideAccess: false,
        user,
        req,
      })
    }
    return more
  },
}
