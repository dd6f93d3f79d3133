import { relationId } from '@/domain/relations'
import type { ViolationState } from '@/domain/violations/actions'
import { withholdForViolation } from '@/lib/renovation/withholdForViolation'
import { violationWorkflow } from '@/domain/violations/workflow'
import type { Violation } from '@/payload-types'
import { SERVER_WRITE } from '@/lib/serverWrite'
import type { CaseType } from '@/lib/workflow/caseType'

/**
 * Violations on the workflow engine: record-measure, rectified, record-payment, resolve. These
 * fields are closed to every client; the action's write carries `SERVER_WRITE`, and the update
 * access accepts a workflow write from staff who act without editing the case (`canUpdateViolations`).
 * Handling decisions go through `/api/approvals/violations/…`.
 */
export const violationCase: CaseType<ViolationState, undefined, unknown, Violation> = {
  workflow: violationWorkflow,
  toState: (doc) => ({
    kind: doc.kind,
    severity: doc.severity ?? 'general',
    status: doc.status ?? 'open',
    measures: (doc.measures ?? []) as ViolationState['measures'],
    amountDue: doc.amountDue ?? 0,
    payments: doc.payments ?? [],
    renovation: relationId(doc.renovation) ?? null,
  }),
  writeContext: () => ({ [SERVER_WRITE]: true }),
  // The renovation procedure's last rung withholds the renovation's deposit, in the same transaction.
  apply: async ({ req, plan, doc, user, action }) =>
    action === 'record-measure' ? withholdForViolation(req, plan.data, doc, user) : undefined,
}
