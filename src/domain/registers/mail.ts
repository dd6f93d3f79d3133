import type { TableReport } from '../tableReport'

import { entriesOf, localTime, oneLine } from './format'
import { inRange, rangeLabel } from './range'
import type { RegisterContext, RegisterLog } from './types'

/**
 * 邮件收发记录表: mail and newspapers received at the desk — when, for whom, what — and when the
 * addressee was told, when and by whom it was collected.
 */
export const buildMailRegister = (
  logs: readonly RegisterLog[],
  ctx: RegisterContext,
): TableReport => {
  const rows = entriesOf(logs, 'mail', (at) => inRange(at, ctx.range)).map((e, i) => ({
    seq: i + 1,
    at: localTime(e.at, ctx.timeZone),
    addressee: oneLine(e.name),
    unit: e.unit ?? '',
    what: oneLine(e.text),
    notifiedAt: localTime(e.notifiedAt, ctx.timeZone),
    collectedAt: localTime(e.collectedAt, ctx.timeZone),
    collectedBy: oneLine(e.collectedBy),
    recordedBy: e.recordedBy ?? '',
  }))
  const waiting = rows.filter((r) => !r.collectedAt).length
  return {
    sheet: '邮件收发',
    title: '邮件收发记录表',
    subtitle: `${rangeLabel(ctx.range)}    共 ${rows.length} 件，待领取 ${waiting} 件`,
    columns: [
      { key: 'seq', header: '序号', format: 'integer', width: 2 },
      { key: 'at', header: '收件时间', width: 5 },
      { key: 'addressee', header: '收件人', width: 4 },
      { key: 'unit', header: '房号', width: 3 },
      { key: 'what', header: '邮件内容', width: 8 },
      { key: 'notifiedAt', header: '通知时间', width: 5 },
      { key: 'collectedAt', header: '领取时间', width: 5 },
      { key: 'collectedBy', header: '领取人', width: 3 },
      { key: 'recordedBy', header: '登记人', width: 3 },
    ],
    rows,
  }
}
