import type { CollectionBeforeOperationHook } from 'payload'

import { fieldsChangedByUpdate } from '@/lib/changedFields'
import { forbidden } from '@/lib/errors'
import { SERVER_WRITE } from '@/lib/serverWrite'

const idOf = (value: unknown): unknown =>
  value && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : value

const normalise = (value: unknown): string =>
  JSON.stringify(Array.isArray(value) ? value.map(idOf) : (idOf(value) ?? null))

const isEmpty = (value: unknown) =>
  value === undefined ||
  value === null ||
  value === '' ||
  (Array.isArray(value) && value.length === 0)

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  Boolean(value) && typeof value === 'object' && !Array.isArray(value)

/** Whether a create's value is empty or only repeats the defaults (a group: key by key). */
const onlyDefaults = (value: unknown, initial: unknown): boolean => {
  if (isEmpty(value)) return true
  if (isPlainObject(value)) {
    const defaults = isPlainObject(initial) ? initial : {}
    return Object.entries(value).every(([key, v]) => onlyDefaults(v, defaults[key]))
  }
  return normalise(value) === normalise(initial)
}

/**
 * beforeOperation factory: fields only the server sets (status, numbers, sign-offs, derived values)
 * cannot be set by a client through create, update by id or bulk update; an attempt is refused
 * with 403 before anything is read or written. The admin form sends read-only fields back
 * unchanged, which passes. Server code marks its own writes with `context.serverWrite`.
 *
 * `initial` lists the values a create may carry (the defaults the admin form sends).
 */
export const protectServerFields = ({
  fields,
  initial = {},
}: {
  fields: readonly string[]
  initial?: Record<string, unknown>
}): CollectionBeforeOperationHook =>
  async function protectServerFieldsHook({ args, collection, operation, req }) {
    if (req.context?.[SERVER_WRITE] === true) return args
    if (operation !== 'create' && operation !== 'update') return args
    const data = (args as { data?: Record<string, unknown> }).data
    if (!data) return args
    const attempted = fields.filter((field) => field in data)
    if (attempted.length === 0) return args

    const refused =
      operation === 'create'
        ? attempted.filter((field) => !onlyDefaults(data[field], initial[field]))
        : await fieldsChangedByUpdate({ args, collection: collection.slug, fields: attempted, req })
    if (refused.length > 0) {
      throw forbidden(
        `这些字段由系统设置，不能直接修改 / These fields are set by the system and cannot be changed directly: ${refused.join(', ')}`,
      )
    }
    return args
  }
