import type { ApprovalDefinition } from './definition'
import { complaintReportApprovals } from './complaintReports'
import { destructionApprovals, documentApprovals, loanApprovals } from './documents'
import { violationApprovals } from './violations'

/** Every collection that uses the approval chain, by slug. A new one registers here. */
export const approvalDefinitions: Record<string, ApprovalDefinition> = Object.fromEntries(
  [
    violationApprovals,
    complaintReportApprovals,
    documentApprovals,
    destructionApprovals,
    loanApprovals,
  ].map((d) => [d.collection, d]),
)
