import type { ApprovalDefinition } from './definition'
import { complaintReportApprovals } from './complaintReports'
import { violationApprovals } from './violations'

/** Every collection that uses the approval chain, by slug. A new one registers here. */
export const approvalDefinitions: Record<string, ApprovalDefinition> = Object.fromEntries(
  [violationApprovals, complaintReportApprovals].map((d) => [d.collection, d]),
)
