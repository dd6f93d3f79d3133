import type { TableReport } from '../tableReport'

import { entriesOf, localDay, localTime, oneLine } from './format'
import { inRange, rangeLabel } from './range'
import type { RegisterContext, RegisterLog, RegisterPass } from './types'

export const PASS_STATUSES = {
  issued: { zh: '有效', en: 'Issued' },
  returned: { zh: '已归还', en: 'Returned' },
} as const
export type PassStatus = keyof typeof PASS_STATUSES

/** A pass as the desk sees it today: returned, valid, or issued but past its last valid day. */
export const passState = (
  pass: Pick<RegisterPass, 'status' | 'returnedAt' | 'validUntil'>,
  now: Date,
  timeZone: string,
): '已归还' | '有效' | '已过期' => {
  if (pass.status === 'returned' || pass.returnedAt) return '已归还'
  const lastDay = localDay(pass.validUntil, timeZone)
  const today = localDay(now.toISOString(), timeZone)
  return lastDay && lastDay < today ? '已过期' : '有效'
}

/**
 * What is wrong with a pass's validity, naming the field: both days given, and the last valid day
 * not before the first.
 */
export const passValidityProblem = (
  validFrom: unknown,
  validUntil: unknown,
): { path: 'validFrom' | 'validUntil'; message: string } | null => {
  const from = validFrom ? new Date(String(validFrom)) : null
  const until = validUntil ? new Date(String(validUntil)) : null
  if (!from || Number.isNaN(from.getTime())) {
    return { path: 'validFrom', message: '请填写有效期起始日期 / Give the first valid day' }
  }
  if (!until || Number.isNaN(until.getTime())) {
    return { path: 'validUntil', message: '请填写有效期截止日期 / Give the last valid day' }
  }
  if (until.getTime() < from.getTime()) {
    return {
      path: 'validUntil',
      message: '有效期截止日期不能早于起始日期 / validUntil must not be before validFrom',
    }
  }
  return null
}

/**
 * 临时出入证发放登记表: the passes issued or returned in the period — the `worker-passes` records,
 * and, for the history before them, the `pass` entries of the shift logs (no number, never
 * recorded as returned).
 */
export const buildPassRegister = (
  passes: readonly RegisterPass[],
  logs: readonly RegisterLog[],
  ctx: RegisterContext,
): TableReport => {
  const within = (at: string | null | undefined) => inRange(at, ctx.range)
  const fromCollection = passes
    .filter((p) => within(p.issuedAt) || within(p.returnedAt))
    .map((p) => ({
      sortAt: String(p.issuedAt ?? ''),
      number: p.number,
      workerName: oneLine(p.workerName),
      company: oneLine(p.company),
      unit: p.unit ?? '',
      validFrom: localDay(p.validFrom, ctx.timeZone),
      validUntil: localDay(p.validUntil, ctx.timeZone),
      issuedAt: localTime(p.issuedAt, ctx.timeZone),
      issuedBy: p.issuedBy ?? '',
      returnedAt: localTime(p.returnedAt, ctx.timeZone),
      state: passState(p, ctx.now, ctx.timeZone),
    }))
  const fromLogs = entriesOf(logs, 'pass', within).map((e) => ({
    sortAt: String(e.at ?? ''),
    number: '（交接班记录）',
    workerName: oneLine(e.name),
    company: oneLine(e.company),
    unit: e.unit ?? '',
    validFrom: localDay(e.at, ctx.timeZone),
    validUntil: localDay(e.validUntil, ctx.timeZone),
    issuedAt: localTime(e.at, ctx.timeZone),
    issuedBy: e.recordedBy ?? '',
    returnedAt: '',
    state: passState({ validUntil: e.validUntil }, ctx.now, ctx.timeZone),
  }))
  const rows = [...fromCollection, ...fromLogs]
    .sort((a, b) => a.sortAt.localeCompare(b.sortAt) || a.number.localeCompare(b.number))
    .map(({ sortAt: _sortAt, ...row }, i) => ({ seq: i + 1, ...row }))
  const returned = rows.filter((r) => r.state === '已归还').length
  return {
    sheet: '临时出入证',
    title: '临时出入证发放登记表',
    subtitle: `${rangeLabel(ctx.range)}    发放 ${rows.length} 张，已归还 ${returned} 张`,
    columns: [
      { key: 'seq', header: '序号', format: 'integer', width: 2 },
      { key: 'number', header: '证号', width: 5 },
      { key: 'workerName', header: '姓名', width: 3 },
      { key: 'company', header: '施工单位', width: 6 },
      { key: 'unit', header: '施工房号', width: 3 },
      { key: 'validFrom', header: '有效期自', width: 4 },
      { key: 'validUntil', header: '有效期至', width: 4 },
      { key: 'issuedAt', header: '发证时间', width: 5 },
      { key: 'issuedBy', header: '发证人', width: 3 },
      { key: 'returnedAt', header: '归还时间', width: 5 },
      { key: 'state', header: '状态', width: 3 },
    ],
    rows,
  }
}
