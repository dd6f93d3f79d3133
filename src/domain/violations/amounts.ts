import { DAY } from '@/domain/time'

/** Money is computed in fen (integers) and shown in yuan. */
export const toFen = (yuan: number): number => Math.round(yuan * 100)
export const toYuan = (fen: number): number => fen / 100

export type PenaltySettings = {
  /** Late fee per day as a fraction of the arrears, e.g. 0.0003 = 0.03 % a day. */
  lateFeeRatePerDay: number
  /** The late fee never exceeds this share of the arrears (1 = the arrears themselves). */
  lateFeeCapRatio: number
  /** Compensation is capped at this many yuan. */
  compensationCap: number
}

export const PENALTY_DEFAULTS: PenaltySettings = {
  lateFeeRatePerDay: 0.0003,
  lateFeeCapRatio: 1,
  compensationCap: 50000,
}

export type AmountResult =
  | { ok: true; amount: number; days?: number; capped: boolean }
  | { ok: false; field: string; message: string }

const bad = (field: string, message: string): AmountResult => ({ ok: false, field, message })

/**
 * 滞纳金: arrears × daily rate × whole days overdue (from the due date to `asOf`), in fen, capped
 * at a share of the arrears.
 */
export const lateFee = (
  input: { arrears?: number | null; overdueSince?: string | null; asOf: Date },
  settings: PenaltySettings,
): AmountResult => {
  const arrears = input.arrears
  if (arrears === undefined || arrears === null || !Number.isFinite(arrears)) {
    return bad('decision.arrears', '请填写欠费金额 / Enter the arrears')
  }
  if (arrears <= 0) return bad('decision.arrears', '欠费金额必须大于 0 / Arrears must be positive')
  const since = input.overdueSince ? new Date(input.overdueSince) : null
  if (!since || Number.isNaN(since.getTime())) {
    return bad('decision.overdueSince', '请填写欠费起始日 / Enter the date payment was due')
  }
  const days = Math.floor((input.asOf.getTime() - since.getTime()) / DAY)
  if (days <= 0) {
    return bad('decision.overdueSince', '欠费起始日须早于今天 / The due date must be in the past')
  }
  const arrearsFen = toFen(arrears)
  const raw = Math.round(arrearsFen * settings.lateFeeRatePerDay * days)
  const cap = Math.round(arrearsFen * settings.lateFeeCapRatio)
  return { ok: true, amount: toYuan(Math.min(raw, cap)), days, capped: raw > cap }
}

/** 赔偿: the assessed damage, capped by the office's setting. */
export const compensation = (
  input: { damage?: number | null },
  settings: PenaltySettings,
): AmountResult => {
  const damage = input.damage
  if (damage === undefined || damage === null || !Number.isFinite(damage)) {
    return bad('decision.damage', '请填写损失金额 / Enter the assessed damage')
  }
  if (damage < 0) return bad('decision.damage', '金额不能为负数 / The amount cannot be negative')
  const fen = toFen(damage)
  const cap = toFen(settings.compensationCap)
  return { ok: true, amount: toYuan(Math.min(fen, cap)), capped: fen > cap }
}

/** What remains to collect after the payments recorded so far, in yuan (never below 0). */
export const outstanding = (due: number, payments: ReadonlyArray<{ amount?: number | null }>) =>
  toYuan(Math.max(0, toFen(due) - payments.reduce((sum, p) => sum + toFen(p.amount ?? 0), 0)))
