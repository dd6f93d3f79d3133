import { localTime, oneLine } from './format'
import { confirmMethodName, ownerConfirmed } from './releases'
import type { RegisterEntry, RegisterLog } from './types'

/** One goods release, as its slip (物品放行条) prints it. */
export type ReleaseSlip = {
  /** `FX-<log id>-<n>`: the log and the release's place among the log's releases. */
  number: string
  at: string
  post: string
  unit: string
  items: string
  carrier: string
  confirmedBy: string
  method: string
  released: boolean
  recordedBy: string
  note: string
}

/**
 * Finds a release in a log by the entry's id, or by its position among the log's entries (`0`,
 * `1`…); null when there is no such entry or it is not a goods release.
 */
export const findRelease = (
  entries: readonly RegisterEntry[],
  ref: string,
): { entry: RegisterEntry; index: number } | null => {
  const index = /^\d+$/.test(ref) ? Number(ref) : entries.findIndex((e) => e.id === ref)
  const entry = index >= 0 ? entries[index] : undefined
  return entry && entry.kind === 'goods-release' ? { entry, index } : null
}

/**
 * The slip's content, or the refusal: a slip is what lets the goods past the gate, so it exists
 * only once the owner has confirmed (who and how) — an unconfirmed release is refused (409), never
 * printed with a warning that a carrier could cut off.
 */
export const releaseSlip = (
  log: RegisterLog,
  { entry, index }: { entry: RegisterEntry; index: number },
  ctx: { timeZone: string; postLabels: Readonly<Record<string, string>> },
): { ok: true; slip: ReleaseSlip } | { ok: false; message: string } => {
  if (!ownerConfirmed(entry)) {
    return {
      ok: false,
      message:
        '业主尚未确认（确认人及方式），不能开具放行条 / The owner has not confirmed this release (who and how): no slip until they do',
    }
  }
  const n = log.entries.slice(0, index + 1).filter((e) => e.kind === 'goods-release').length
  return {
    ok: true,
    slip: {
      number: `FX-${log.id}-${n}`,
      at: localTime(entry.at, ctx.timeZone),
      post: ctx.postLabels[log.post] ?? log.post,
      unit: entry.unit ?? '',
      items: oneLine(entry.items),
      carrier: oneLine(entry.carrier),
      confirmedBy: oneLine(entry.ownerConfirmedBy),
      method: confirmMethodName(entry.ownerConfirmMethod),
      released: Boolean(entry.released),
      recordedBy: entry.recordedBy ?? '',
      note: oneLine(entry.text),
    },
  }
}
