import { formatLocal } from '../time'

import { VISIT_KINDS } from './kinds'

/** The site manager's notice of a visit not made by its last day (sent once). */
export const overdueVisitEmail = (
  visit: {
    id: number | string
    kind?: string | null
    dueBy?: string | null
    household?: string | null
  },
  who: { assignee: string | null; subject: string },
  timeZone: string,
): { subject: string; text: string } => {
  const kind = VISIT_KINDS[visit.kind as keyof typeof VISIT_KINDS]?.zh ?? '回访'
  const due = visit.dueBy ? formatLocal(visit.dueBy, timeZone) : '—'
  return {
    subject: `回访逾期：${kind} #${visit.id}（${who.subject}）/ Return visit overdue`,
    text: [
      `${kind} #${visit.id}（${who.subject}）应于 ${due} 前完成，至今未记录。`,
      `回访人：${who.assignee ?? '未指定'}`,
      '',
      `Return visit #${visit.id} was due by ${due} and is not recorded. Assignee: ${who.assignee ?? 'none'}.`,
    ].join('\n'),
  }
}
