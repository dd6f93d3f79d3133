import type { CollectionBeforeOperationHook, CollectionSlug, Where } from 'payload'

import { conflict } from '@/lib/errors'

/**
 * beforeOperation factory for office data that other records name by code (posts, complaint
 * categories): an entry in use is retired, never deleted (409 with the reason), and its code never
 * changes. Covers a delete by id and a bulk delete or update by `where` alike, for clients and
 * server code: the entries are read as the caller, so a client's `where` learns nothing it could
 * not read.
 */
export const keepCodesInUse =
  (rule: {
    collection: CollectionSlug
    /** Where records name a code: each collection and its field. */
    usedBy: ReadonlyArray<{ collection: CollectionSlug; field: string }>
    /** Why an entry used by this many records cannot be deleted, or null. */
    deletionProblem: (recordsUsingIt: number) => string | null
    codeChangeRefusal: string
  }): CollectionBeforeOperationHook =>
  async ({ args, operation, overrideAccess, req }) => {
    if (operation !== 'delete' && operation !== 'update') return args
    const { id, where, data } = args as {
      id?: number | string
      where?: Where
      data?: Record<string, unknown>
    }
    if (operation === 'update' && (!data || !('code' in data))) return args
    const targets = await req.payload.find({
      collection: rule.collection,
      where: id !== undefined && id !== null ? { id: { equals: id } } : (where ?? {}),
      depth: 0,
      pagination: false,
      select: { code: true },
      overrideAccess: overrideAccess === true,
      user: req.user,
      req,
    })
    const codes = (targets.docs as Array<{ code?: string | null }>)
      .filter((entry) => operation === 'delete' || entry.code !== data?.code)
      .map((entry) => String(entry.code))
    if (codes.length === 0) return args
    let inUse = 0
    for (const user of rule.usedBy) {
      const counted = await req.payload.count({
        collection: user.collection,
        where: { [user.field]: { in: codes } },
        overrideAccess: true,
        req,
      })
      inUse += counted.totalDocs
    }
    const problem = rule.deletionProblem(inUse)
    if (problem && operation === 'delete') throw conflict(problem)
    if (problem) throw conflict(rule.codeChangeRefusal)
    return args
  }
