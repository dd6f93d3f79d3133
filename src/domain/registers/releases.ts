import { OWNER_CONFIRM_METHODS } from '../shiftLogs/entries'
import type { TableReport } from '../tableReport'

import { entriesOf, localTime, oneLine } from './format'
import { inRange, rangeLabel } from './range'
import type { RegisterContext, RegisterEntry, RegisterLog } from './types'

/** Whether the owner has confirmed a goods release: who confirmed and how, both recorded. */
export const ownerConfirmed = (e: Pick<RegisterEntry, 'ownerConfirmedBy' | 'ownerConfirmMethod'>) =>
  Boolean(e.ownerConfirmedBy?.trim() && e.ownerConfirmMethod?.trim())

export const confirmMethodName = (method: string | null | undefined): string =>
  method ? (OWNER_CONFIRM_METHODS[method as keyof typeof OWNER_CONFIRM_METHODS]?.zh ?? method) : ''

const state = (e: RegisterEntry) =>
  e.released ? '已放行' : ownerConfirmed(e) ? '已确认待放行' : '待业主确认'

/** 物品放行登记表: every goods release, with the owner's confirmation (who, how) and whether it left. */
export const buildReleaseRegister = (
  logs: readonly RegisterLog[],
  ctx: RegisterContext,
): TableReport => {
  const rows = entriesOf(logs, 'goods-release', (at) => inRange(at, ctx.range)).map((e, i) => ({
    seq: i + 1,
    at: localTime(e.at, ctx.timeZone),
    post: ctx.postLabels[e.post] ?? e.post,
    unit: e.unit ?? '',
    items: oneLine(e.items),
    carrier: oneLine(e.carrier),
    confirmedBy: oneLine(e.ownerConfirmedBy),
    method: confirmMethodName(e.ownerConfirmMethod),
    state: state(e),
    recordedBy: e.recordedBy ?? '',
  }))
  const released = rows.filter((r) => r.state === '已放行').length
  return {
    sheet: '物品放行',
    title: '物品放行登记表',
    subtitle: `${rangeLabel(ctx.range)}    共 ${rows.length} 次，已放行 ${released} 次`,
    columns: [
      { key: 'seq', header: '序号', format: 'integer', width: 2 },
      { key: 'at', header: '时间', width: 5 },
      { key: 'post', header: '岗位', width: 4 },
      { key: 'unit', header: '房号', width: 3 },
      { key: 'items', header: '放行物品', width: 8 },
      { key: 'carrier', header: '搬运人', width: 4 },
      { key: 'confirmedBy', header: '业主确认人', width: 4 },
      { key: 'method', header: '确认方式', width: 3 },
      { key: 'state', header: '状态', width: 4 },
      { key: 'recordedBy', header: '登记人', width: 3 },
    ],
    rows,
  }
}
