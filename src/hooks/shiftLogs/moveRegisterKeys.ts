import type { CollectionBeforeChangeHook } from 'payload'

import { planKeyMove } from '@/domain/keys/register'
import { relationId } from '@/domain/relations'
import { conflict, invalidField } from '@/lib/errors'
import { serverReq } from '@/lib/serverWrite'
import { lockCase } from '@/lib/workflow/lockCase'
import type { Key, ShiftLog } from '@/payload-types'
import { slugs } from '@/slugs'

type Entry = NonNullable<ShiftLog['entries']>[number]

const same = (a: unknown, b: unknown) => String(a ?? '') === String(b ?? '')

const sameTime = (a: string | null | undefined, b: string | null | undefined) =>
  (a ? new Date(a).getTime() : null) === (b ? new Date(b).getTime() : null)

/**
 * beforeChange: a new key entry (钥匙借用) naming a key of the register lends or returns it, in the
 * log's own transaction: lending sets the key's holder (the entry's name) and the time it is due
 * back, returning clears them (`planKeyMove`: a key lent twice, or returned when not lent → 409;
 * no borrower or no due time → 400 naming the entry's field). The key's row is locked first, so
 * two posts lending one key at once lend it once. A movement once recorded is not edited: the
 * next one is a new entry.
 */
export const moveRegisterKeys: CollectionBeforeChangeHook<ShiftLog> = async ({
  data,
  originalDoc,
  req,
}) => {
  if (!Array.isArray(data.entries)) return data
  const stored = new Map(
    (originalDoc?.entries ?? []).filter((e) => e.id).map((e) => [String(e.id), e]),
  )
  const entries: Entry[] = []
  for (const [i, entry] of (data.entries as Entry[]).entries()) {
    const before = entry.id ? stored.get(String(entry.id)) : undefined
    const keyId = relationId(entry.registerKey)
    if (before) {
      if (
        !same(relationId(before.registerKey), keyId) ||
        !same(before.keyMove, entry.keyMove) ||
        (keyId !== undefined && !sameTime(before.dueBack, entry.dueBack))
      ) {
        throw conflict(
          `entries.${i}: 钥匙借还记录不能修改，请另记一条 / A key movement once recorded is not changed; record a new entry`,
        )
      }
      entries.push(entry)
      continue
    }
    if (keyId === undefined) {
      entries.push(entry)
      continue
    }
    if (entry.kind !== 'key') {
      throw invalidField(
        slugs.shiftLogs,
        `entries.${i}.registerKey`,
        '只有钥匙借用记录可以关联登记钥匙 / Only a key entry names a key of the register',
      )
    }
    if (entry.keyMove !== 'lend' && entry.keyMove !== 'return') {
      throw invalidField(
        slugs.shiftLogs,
        `entries.${i}.keyMove`,
        '请选择借出或归还 / Say whether the key is lent or returned',
      )
    }
    if (req.transactionID) await lockCase(req, slugs.keys, keyId)
    const key: Key | null = await req.payload
      .findByID({ collection: slugs.keys, id: keyId, depth: 0, req })
      .catch(() => null)
    if (!key) {
      throw invalidField(
        slugs.shiftLogs,
        `entries.${i}.registerKey`,
        '登记簿中没有这把钥匙 / No such key in the register',
      )
    }
    const at = entry.at ? new Date(entry.at).toISOString() : new Date().toISOString()
    const planned = planKeyMove(key, {
      move: entry.keyMove,
      holder: entry.name,
      at,
      dueBack: entry.dueBack,
    })
    if (!planned.ok) {
      if (planned.status === 409) throw conflict(`entries.${i}.keyMove: ${planned.message}`)
      throw invalidField(slugs.shiftLogs, `entries.${i}.${planned.field}`, planned.message)
    }
    await req.payload.update({
      collection: slugs.keys,
      id: key.id,
      data: {
        ...planned.data,
        ...(entry.keyMove === 'lend' ? { lentInLog: (originalDoc?.id as number) ?? null } : {}),
      } as Partial<Key>,
      depth: 0,
      req: serverReq(req),
    })
    // The return entry is the key's return: nothing left open at the handover.
    entries.push(
      entry.keyMove === 'return' ? { ...entry, returnedAt: entry.returnedAt ?? at } : entry,
    )
  }
  return { ...data, entries }
}
