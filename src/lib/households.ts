import type { PayloadRequest } from 'payload'

import { relationId } from '@/domain/relations'
import { slugs } from '@/slugs'

/** A household: the resident on file, or the unit when the complainant is a visitor. */
export const householdKey = (complaint: { resident?: unknown; unit?: unknown }): string => {
  const id = (value: unknown) =>
    value && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : value
  const resident = id(complaint.resident)
  return resident ? `resident:${resident}` : `unit:${id(complaint.unit)}`
}

/**
 * How a household key prints: the unit's code (and the resident's name for `resident:` keys),
 * read as the user in one query per collection; a key that names nothing readable prints as is.
 */
export const householdLabels = async (
  req: PayloadRequest,
  keys: ReadonlyArray<string | null | undefined>,
): Promise<Record<string, string>> => {
  const idsOf = (prefix: string) => [
    ...new Set(
      keys
        .filter((k): k is string => Boolean(k?.startsWith(prefix)))
        .map((k) => Number(k.slice(prefix.length)))
        .filter((n) => Number.isInteger(n)),
    ),
  ]
  const asUser = {
    overrideAccess: false,
    user: req.user,
    req,
    depth: 0,
    pagination: false,
  } as const
  const residentIds = idsOf('resident:')
  const residents = residentIds.length
    ? (
        await req.payload.find({
          collection: slugs.residents,
          where: { id: { in: residentIds } },
          select: { name: true, units: true },
          ...asUser,
        })
      ).docs
    : []
  const unitIds = [
    ...new Set([
      ...idsOf('unit:'),
      ...residents.flatMap((r) => (r.units ?? []).slice(0, 1).map((u) => Number(relationId(u)))),
    ]),
  ]
  const units = unitIds.length
    ? (
        await req.payload.find({
          collection: slugs.units,
          where: { id: { in: unitIds } },
          select: { code: true },
          ...asUser,
        })
      ).docs
    : []
  const codes = new Map(units.map((u) => [String(u.id), String(u.code ?? u.id)]))
  const labels: Record<string, string> = {}
  for (const r of residents) {
    const unit = codes.get(String(relationId(r.units?.[0]))) ?? ''
    labels[`resident:${r.id}`] = `${unit} ${r.name ?? ''}`.trim()
  }
  for (const id of idsOf('unit:')) {
    const code = codes.get(String(id))
    if (code) labels[`unit:${id}`] = code
  }
  return labels
}
