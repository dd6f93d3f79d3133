import { mayHandleComplaints } from '@/access/complaints'
import type { ComplaintState } from '@/domain/complaints/actions'
import { complaintWorkflow } from '@/domain/complaints/workflow'
import { relationId } from '@/domain/relations'
import type { SignOff } from '@/domain/designations'
import type { Complaint } from '@/payload-types'
import { signOffFor } from '@/lib/designations'
import { invalidField } from '@/lib/errors'
import { SERVER_WRITE } from '@/lib/serverWrite'
import type { CaseType } from '@/lib/workflow/caseType'
import { slugs } from '@/slugs'

/** A complaint as read for an action, with who signs 销项 while it is being handled. */
type ComplaintCase = Complaint & { signOff?: SignOff | null }

/** Complaints on the workflow engine: `POST /api/complaints/:id/actions/:action` and the panel's GET. */
export const complaintCase: CaseType<ComplaintState, undefined, unknown, ComplaintCase> = {
  workflow: complaintWorkflow,
  // Read in the action's transaction, after the row lock: the designation is the one in force now.
  read: async (req, user, id) => {
    const doc = await req.payload.findByID({
      collection: slugs.complaints,
      id,
      depth: 0,
      overrideAccess: false,
      user,
      req,
    })
    const signOff =
      doc.status === 'in-progress' && doc.department ? await signOffFor(req, doc.department) : null
    return { ...doc, signOff }
  },
  toState: (doc) => ({
    status: doc.status ?? 'registered',
    channel: doc.channel,
    handler: relationId(doc.handler) ?? null,
    verifiedAt: doc.verifiedAt ?? null,
    severity: doc.severity ?? 'general',
    severitySource: doc.severitySource ?? null,
    returnVisitRequired: doc.returnVisitRequired ?? null,
    department: doc.department ?? null,
    signOff: doc.signOff ?? null,
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
