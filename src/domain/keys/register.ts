import type { Labels } from '../workflow'

/**
 * The office's key register (钥匙登记): keys held for units (in custody while the developer repairs,
 * spare keys left with the office), where each is kept and who holds it now. Keys are lent and
 * returned through the shift log's key entries (钥匙借用): lending sets the holder and the time it
 * is due back, returning clears it, and a key out past its time is shown at the handover. Pure.
 */

export const KEY_KINDS = {
  entrance: { zh: '入户门', en: 'Entrance door' },
  room: { zh: '房门', en: 'Room door' },
  mailbox: { zh: '信箱', en: 'Mailbox' },
  'access-card': { zh: '门禁卡', en: 'Access card' },
  meter: { zh: '电表箱/水表箱', en: 'Meter box' },
  other: { zh: '其他', en: 'Other' },
} as const satisfies Record<string, Labels>
export type KeyKind = keyof typeof KEY_KINDS

export const KEY_STATUSES = {
  'in-office': { zh: '在柜', en: 'In the office' },
  lent: { zh: '借出', en: 'Lent' },
  'handed-over': { zh: '已交业主', en: 'Handed to the owner' },
} as const satisfies Record<string, Labels>
export type KeyStatus = keyof typeof KEY_STATUSES

export const KEY_ORIGINS = {
  custody: { zh: '钥匙托管', en: 'Custody (developer repairing)' },
  spare: { zh: '业主寄存备用钥匙', en: 'Spare left by the owner' },
  office: { zh: '公共区域钥匙', en: 'Common-area key' },
} as const satisfies Record<string, Labels>

/** One line of a key list: which key, how many. */
export type KeyLine = { kind: KeyKind; count: number }

const KIND_BY_WORD: Record<string, KeyKind> = Object.fromEntries(
  Object.entries(KEY_KINDS).flatMap(([kind, l]) => [
    [kind, kind as KeyKind],
    [l.zh, kind as KeyKind],
    [l.en.toLowerCase(), kind as KeyKind],
  ]),
)

/**
 * A key list as written on the form, one line each: "入户门 3", "mailbox 1", "entrance×2".
 * Every line names a known kind and a whole count from 1 to 99; at least one line.
 */
export const parseKeyLines = (
  value: unknown,
): { ok: true; lines: KeyLine[] } | { ok: false; message: string } => {
  const raw = Array.isArray(value)
    ? value.map((v) =>
        v && typeof v === 'object'
          ? `${(v as KeyLine).kind} ${(v as KeyLine).count}`
          : String(v ?? ''),
      )
    : typeof value === 'string'
      ? value.split('\n')
      : []
  const lines: KeyLine[] = []
  for (const line of raw.map((l) => l.trim()).filter(Boolean)) {
    const match = /^(\D+?)\s*[×*]?\s*(\d+)\s*(把|张|个|枚)?$/.exec(line)
    const kind = match ? KIND_BY_WORD[match[1].trim().toLowerCase()] : undefined
    const count = match ? Number(match[2]) : NaN
    if (!kind || !Number.isInteger(count) || count < 1 || count > 99) {
      return {
        ok: false,
        message: `无法识别：「${line}」，请写「种类 数量」，如「入户门 3」/ Not understood: "${line}"; write "kind count", e.g. "entrance 3"`,
      }
    }
    lines.push({ kind, count })
  }
  if (lines.length === 0) {
    return { ok: false, message: '请列出钥匙种类和数量 / List the keys and how many' }
  }
  return { ok: true, lines }
}

/** A key of the register, as the lending rules see it. */
export type RegisterKey = {
  id: number | string
  status?: string | null
  holder?: string | null
  dueBack?: string | null
}

/** A key entry of a shift log that moves a key of the register. */
export type KeyMove = {
  move: 'lend' | 'return'
  holder?: string | null
  at: string
  dueBack?: string | null
}

export type KeyMoveResult =
  | { ok: true; data: Record<string, unknown> }
  | { ok: false; status: 400 | 409; field: 'name' | 'dueBack' | 'keyMove'; message: string }

/**
 * Lending and returning a key of the register: only a key in the office is lent (a key lent
 * twice → 409), to someone named, with the time it is due back after the loan; only a lent key is
 * returned (a key not lent → 409). What the key's record becomes.
 */
export const planKeyMove = (key: RegisterKey, move: KeyMove): KeyMoveResult => {
  if (move.move === 'lend') {
    if (key.status !== 'in-office') {
      return {
        ok: false,
        status: 409,
        field: 'keyMove',
        message:
          key.status === 'lent'
            ? `该钥匙已借出，持有人：${key.holder ?? ''} / This key is already lent`
            : '该钥匙已交业主，不在办公室 / This key is no longer held by the office',
      }
    }
    const holder = (move.holder ?? '').trim()
    if (!holder) {
      return {
        ok: false,
        status: 400,
        field: 'name',
        message: '请填写借用人 / Who borrows the key',
      }
    }
    const due = move.dueBack ? new Date(move.dueBack) : null
    if (!due || Number.isNaN(due.getTime()) || due.getTime() <= new Date(move.at).getTime()) {
      return {
        ok: false,
        status: 400,
        field: 'dueBack',
        message: '请填写借出之后的归还时间 / Give the time it is due back, after the loan',
      }
    }
    return {
      ok: true,
      data: { status: 'lent', holder, lentAt: move.at, dueBack: due.toISOString() },
    }
  }
  if (key.status !== 'lent') {
    return {
      ok: false,
      status: 409,
      field: 'keyMove',
      message: '该钥匙未借出，不能归还 / This key is not lent: it cannot be returned',
    }
  }
  return {
    ok: true,
    data: { status: 'in-office', holder: null, lentAt: null, dueBack: null, lentInLog: null },
  }
}

/** A lent key past the time it was due back. */
export const isKeyOverdue = (key: RegisterKey, now: Date): boolean =>
  key.status === 'lent' && Boolean(key.dueBack) && new Date(String(key.dueBack)) < now
