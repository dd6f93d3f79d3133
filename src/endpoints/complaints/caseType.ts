import { mayHandleComplaints } from '@/access/complaints'
import type { ComplaintState } from '@/domain/complaints/actions'
import { complaintWorkflow } from '@/domain/complaints/workflow'
import { relationId } from '@/domain/relations'
import type { Complaint } from '@/payload-types'
import { invalidField } from '@/lib/errors'
import { SERVER_WRITE } from '@/lib/serverWrite'
import type { CaseType } from '@/lib/workflow/caseType'
import { slugs } from '@/slugs'

/** Complaints on the workflow engine: `POST /api/complaints/:id/actions/:action` and the panel's GET. */
export const complaintCase: CaseType<ComplaintState, undefined, unknown, Complaint> = {
  workflow: complaintWorkflow,
  toState: (doc) => ({
    status: doc.status ?? 'registered',
    channel: doc.channel,
    handler: relationId(doc.handler) ?? null,
    verifiedAt: doc.verifiedAt ?? null,
    severity: doc.severity ?? 'general',
    severitySource: doc.severitySource ?? null,
    returnVisitRequired: doc.returnVisitRequired ?? null,
  }),
  // A complaint goes to someone who works on complaints, never to a guard or an engineer.
  verify: async ({ req, plan }) => {
    const handlerId = plan.data.handler
    if (handlerId === undefined) return
    const handler = await req.payload
      .findByID({ collection: slugs.users, id: handlerId as number, depth: 0, req })
      .catch(() => null)
    if (!handler || !mayHandleComplaints(handler)) {
      throw invalidField(slugs.complaints, 'handler', '处理人无效 / Not a valid handler')
    }
  },
  writeContext: () => ({ [SERVER_WRITE]: true }),
}
