import { formatLocal } from '../time'

/** A local `YYYY-MM-DD HH:mm`, or empty: the registers print times as the office reads them. */
export const localTime = (at: string | null | undefined, timeZone: string): string =>
  at ? formatLocal(at, timeZone) : ''

/** A local `YYYY-MM-DD`, or empty. */
export const localDay = (at: string | null | undefined, timeZone: string): string =>
  localTime(at, timeZone).slice(0, 10)

/** Text as a cell: trimmed, one line (a register row is one line of the paper form). */
export const oneLine = (value: string | null | undefined): string =>
  (value ?? '').replace(/\s+/g, ' ').trim()

export const yesNo = (value: boolean | null | undefined, yes = '是', no = '否') =>
  value ? yes : no

/** Entries of a kind, within the range, in time order, with the post of their log. */
export const entriesOf = <E extends { at?: string | null; kind?: string | null }>(
  logs: ReadonlyArray<{ post: string; entries: readonly E[] }>,
  kind: string,
  within: (at: string | null | undefined) => boolean,
): Array<E & { post: string }> =>
  logs
    .flatMap((log) => log.entries.map((e) => ({ ...e, post: log.post })))
    .filter((e) => e.kind === kind && within(e.at))
    .sort((a, b) => String(a.at).localeCompare(String(b.at)))
