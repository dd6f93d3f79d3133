import { SHIFT_LOG_STATUSES } from '../shiftLogs/actions'
import { ENTRY_KINDS } from '../shiftLogs/entries'
import type { TableReport } from '../tableReport'

import { oneLine } from './format'
import { rangeLabel } from './range'
import type { RegisterContext, RegisterLog } from './types'

const statusName = (status: string) =>
  SHIFT_LOG_STATUSES[status as keyof typeof SHIFT_LOG_STATUSES]?.zh ?? status

/** `访客 3、邮件 2`: what a shift recorded, by kind, in the order of the kinds. */
export const entryCounts = (log: Pick<RegisterLog, 'entries'>): string => {
  const counts = new Map<string, number>()
  for (const e of log.entries) counts.set(String(e.kind), (counts.get(String(e.kind)) ?? 0) + 1)
  return [...counts]
    .sort(([a], [b]) => kindOrder(a) - kindOrder(b))
    .map(([kind, n]) => `${ENTRY_KINDS[kind as keyof typeof ENTRY_KINDS]?.zh ?? kind} ${n}`)
    .join('、')
}
const KIND_CODES = Object.keys(ENTRY_KINDS)
const kindOrder = (kind: string) => {
  const i = KIND_CODES.indexOf(kind)
  return i < 0 ? KIND_CODES.length : i
}

/**
 * 客服前台值班记录表: the front desk's logs of the period, one row a shift — who was on duty, what
 * was recorded, the handover summary, the open items passed on, who took over and who reviewed.
 */
export const buildFrontDeskDuty = (
  logs: readonly RegisterLog[],
  ctx: RegisterContext,
): TableReport => {
  const rows = logs
    .filter(
      (l) =>
        l.post === 'front-desk' && l.shiftDate >= ctx.range.from && l.shiftDate <= ctx.range.to,
    )
    .sort((a, b) => a.shiftDate.localeCompare(b.shiftDate) || a.shift.localeCompare(b.shift))
    .map((l, i) => ({
      seq: i + 1,
      date: l.shiftDate,
      shift: ctx.shiftLabels[l.shift] ?? l.shift,
      onDuty: l.onDuty ?? '',
      entries: entryCounts(l),
      summary: oneLine(l.summary),
      openItems: (l.openItems ?? [])
        .map((o) => oneLine([o.ref, o.note].filter(Boolean).join('：')))
        .join('；'),
      signedBy: l.signedBy ?? '',
      incoming: l.incoming ?? '',
      reviewedBy: l.reviewedBy ?? '',
      status: statusName(l.status),
    }))
  return {
    sheet: '前台值班',
    title: '客服前台值班记录表',
    subtitle: `${rangeLabel(ctx.range)}    共 ${rows.length} 班`,
    columns: [
      { key: 'seq', header: '序号', format: 'integer', width: 2 },
      { key: 'date', header: '日期', width: 4 },
      { key: 'shift', header: '班次', width: 4 },
      { key: 'onDuty', header: '值班人', width: 3 },
      { key: 'entries', header: '登记事项', width: 6 },
      { key: 'summary', header: '交班小结', width: 8 },
      { key: 'openItems', header: '待跟进事项', width: 7 },
      { key: 'signedBy', header: '交班人', width: 3 },
      { key: 'incoming', header: '接班人', width: 3 },
      { key: 'reviewedBy', header: '审核', width: 3 },
      { key: 'status', header: '状态', width: 3 },
    ],
    rows,
  }
}
