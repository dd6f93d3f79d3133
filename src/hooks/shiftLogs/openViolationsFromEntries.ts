import type { CollectionBeforeChangeHook } from 'payload'
import { ValidationError } from 'payload'

import { relationId } from '@/domain/relations'
import type { ShiftLog } from '@/payload-types'
import { forbidden, invalidField } from '@/lib/errors'
import { serverReq } from '@/lib/serverWrite'
import { slugs } from '@/slugs'

type Entry = NonNullable<ShiftLog['entries']>[number]

/** Which entry field answers for a field of the violation record it opens. */
const ENTRY_FIELD: Record<string, string> = {
  unit: 'unit',
  kind: 'violationKind',
  description: 'text',
  occurredAt: 'at',
}

/**
 * beforeChange: a violation seen on the shift (an entry of kind `violation`) opens a `violations`
 * record in the log's own transaction — as the guard who wrote it, who may record a violation
 * but never decide a penalty — and the entry keeps the record's id. A link is the server's: an
 * entry may keep the one it has, never name another record.
 */
export const openViolationsFromEntries: CollectionBeforeChangeHook<ShiftLog> = async ({
  data,
  originalDoc,
  req,
}) => {
  if (!Array.isArray(data.entries)) return data
  const linked = new Map(
    (originalDoc?.entries ?? [])
      .filter((e) => e.id && relationId(e.violation) !== undefined)
      .map((e) => [String(e.id), relationId(e.violation)!]),
  )
  const entries: Entry[] = []
  for (const [i, entry] of (data.entries as Entry[]).entries()) {
    const stored = entry.id ? linked.get(String(entry.id)) : undefined
    const given = relationId(entry.violation)
    if (given !== undefined && String(given) !== String(stored)) {
      throw forbidden(
        `entries.${i}.violation: 违章记录由系统关联 / The violation record is linked by the server`,
      )
    }
    if (stored !== undefined) {
      entries.push({ ...entry, violation: stored as number })
      continue
    }
    if (entry.kind !== 'violation') {
      entries.push(entry)
      continue
    }
    const at = new Date(entry.at)
    const now = new Date()
    try {
      const violation = await req.payload.create({
        collection: slugs.violations,
        data: {
          kind: entry.violationKind as never,
          severity: 'general',
          unit: relationId(entry.unit) as number,
          occurredAt: (at.getTime() > now.getTime() ? now : at).toISOString(),
          description: entry.text ?? '',
          foundBy: (relationId(entry.recordedBy) as number | undefined) ?? req.user?.id,
          // Known on an update; a new log's id is linked after it is created (`linkViolationsToLog`).
          shiftLog: (originalDoc?.id as number | undefined) ?? null,
        },
        depth: 0,
        req: serverReq(req),
        ...(req.user ? { user: req.user, overrideAccess: false } : { overrideAccess: true }),
      })
      entries.push({ ...entry, violation: violation.id })
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error
      const first = error.data.errors[0]
      throw invalidField(
        slugs.shiftLogs,
        `entries.${i}.${ENTRY_FIELD[first?.path ?? ''] ?? 'violationKind'}`,
        first?.message ?? error.message,
      )
    }
  }
  data.entries = entries
  return data
}
