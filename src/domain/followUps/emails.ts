import { formatLocal } from '../time'

import type { FollowUpSourceKind } from './workflow'
import { FOLLOW_UP_SOURCE_KINDS } from './workflow'

/** The mail that tells an owner's manager a follow-up is past its deadline (sent once). */
export const overdueFollowUpEmail = (
  followUp: { id: number | string; title: string; deadline: string; sourceKind?: string | null },
  ownerName: string,
  timeZone: string,
): { subject: string; text: string } => {
  const kind =
    FOLLOW_UP_SOURCE_KINDS[(followUp.sourceKind ?? 'other') as FollowUpSourceKind] ??
    FOLLOW_UP_SOURCE_KINDS.other
  const deadline = formatLocal(followUp.deadline, timeZone)
  return {
    subject: `【跟进逾期】${followUp.title} / Follow-up overdue`,
    text: [
      `跟进事项「${followUp.title}」（${kind.zh}）由 ${ownerName} 负责，期限 ${deadline}，至今未完成。`,
      `The follow-up "${followUp.title}" (${kind.en}) owned by ${ownerName} was due ${deadline} and is still open.`,
      `编号 No. ${followUp.id}`,
    ].join('\n'),
  }
}
