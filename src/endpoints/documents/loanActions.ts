import { loanWorkflow } from '@/domain/documents/loanWorkflow'
import type { LoanState } from '@/domain/documents/loanWorkflow'
import { relationId } from '@/domain/relations'
import { checkNoOverlap } from '@/hooks/documents/prepareLoan'
import type { DocumentLoan } from '@/payload-types'
import { SERVER_WRITE } from '@/lib/serverWrite'
import type { CaseType } from '@/lib/workflow/caseType'
import { lockCase } from '@/lib/workflow/lockCase'
import { workflowEndpoints } from '@/lib/workflow/endpoints'
import { slugs } from '@/slugs'

/**
 * Loans on the workflow engine: `POST /api/document-loans/:id/actions/lend|return`. Lending
 * locks the documents' rows too, so two loans of one paper original cannot both go out at once.
 */
export const loanCase: CaseType<LoanState, undefined, unknown, DocumentLoan> = {
  workflow: loanWorkflow,
  toState: (doc) => ({ status: doc.status ?? 'requested' }),
  verify: async ({ req, action, plan, doc: loan }) => {
    if (action !== 'lend') return
    const documents = (loan.documents ?? []).map((d) => relationId(d) as number)
    for (const documentId of [...documents].sort((a, b) => a - b)) {
      await lockCase(req, slugs.archivedDocuments, documentId)
    }
    await checkNoOverlap(req, {
      id: loan.id,
      documents,
      startAt: new Date(String(plan.data.lentAt)),
      dueAt: new Date(loan.dueAt),
    })
  },
  writeContext: () => ({ [SERVER_WRITE]: true }),
}

export const loanEndpoints = workflowEndpoints(loanCase)
