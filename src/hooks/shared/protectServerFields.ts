import type {
  CollectionBeforeChangeHook,
  CollectionBeforeOperationHook,
  Field,
  PayloadRequest,
} from 'payload'
import { flattenTopLevelFields } from 'payload'

import { serverFieldsOf } from '@/fields/serverOnly'
import { comparable, fieldsChangedByUpdate } from '@/lib/changedFields'
import { forbidden } from '@/lib/errors'
import { SERVER_WRITE } from '@/lib/serverWrite'

export type ServerFields = {
  /**
   * Top-level fields only the server sets. Leave it out: the list is then the collection's fields
   * declared with `serverSet` (src/fields/serverOnly.ts), which are also read-only in the admin.
   */
  fields?: readonly string[]
  /** The values a create may carry (the defaults the admin form sends). */
  initial?: Record<string, unknown>
}

const derived = new WeakMap<readonly Field[], readonly string[]>()

const arrays = new WeakMap<readonly Field[], ReadonlySet<string>>()

/** The collection's top-level array fields (inside rows and unnamed tabs too), once per collection. */
const arraysIn = (fields: readonly Field[]): ReadonlySet<string> => {
  let names = arrays.get(fields)
  if (!names) {
    names = new Set(
      flattenTopLevelFields(fields as Field[])
        .filter((f) => f.type === 'array' && 'name' in f)
        .map((f) => (f as { name: string }).name),
    )
    arrays.set(fields, names)
  }
  return names
}

/** The collection's fields declared with `serverSet`, worked out once per collection. */
const declaredIn = (fields: readonly Field[]): readonly string[] => {
  let names = derived.get(fields)
  if (!names) {
    names = serverFieldsOf(fields)
    derived.set(fields, names)
  }
  return names
}

const isEmpty = (value: unknown) =>
  value === undefined ||
  value === null ||
  value === '' ||
  value === false ||
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
  return comparable(value) === comparable(initial)
}

const refusal = (fields: readonly string[]) =>
  forbidden(
    `这些字段由系统设置，不能直接修改 / These fields are set by the system and cannot be changed directly: ${fields.join(', ')}`,
  )

/**
 * beforeOperation factory: fields only the server sets (status, numbers, sign-offs, derived values)
 * cannot be set by a client through create or update; an attempt is refused with 403 before
 * anything is written. The admin form sends read-only fields back unchanged, which passes. Server
 * code marks its own writes with `context.serverWrite`. The stored document is read as the
 * caller (`refuseBeforeLookup` has already turned away callers without the right to write).
 */
export const protectServerFields = ({
  fields,
  initial = {},
}: ServerFields = {}): CollectionBeforeOperationHook =>
  async function protectServerFieldsHook({ args, collection, operation, overrideAccess, req }) {
    if (req.context?.[SERVER_WRITE] === true) return args
    if (operation !== 'create' && operation !== 'update') return args
    const data = (args as { data?: Record<string, unknown> }).data
    if (!data) return args
    // The admin form sends an array it shows read-only, with no rows, as its row count 0: it
    // writes nothing (the stored rows stay; a create gets the default).
    for (const name of arraysIn(collection.fields)) if (data[name] === 0) delete data[name]
    const attempted = (fields ?? declaredIn(collection.fields)).filter((field) => field in data)
    if (attempted.length === 0) return args

    const refused =
      operation === 'create'
        ? attempted.filter((field) => !onlyDefaults(data[field], initial[field]))
        : await fieldsChangedByUpdate({
            args,
            collection: collection.slug,
            fields: attempted,
            overrideAccess: overrideAccess === true,
            req,
          })
    if (refused.length > 0) throw refusal(refused)
    return args
  }

/** The default a field would be given on create (a group: its fields' defaults). */
const defaultOf = (field: Field, req: PayloadRequest): unknown => {
  if (field.type === 'group' && 'fields' in field) {
    return Object.fromEntries(
      field.fields.flatMap((sub) => ('name' in sub ? [[sub.name, defaultOf(sub, req)]] : [])),
    )
  }
  if (!('defaultValue' in field)) return undefined
  const { defaultValue } = field as { defaultValue?: unknown }
  return typeof defaultValue === 'function'
    ? (defaultValue as (a: object) => unknown)({ req, user: req.user, locale: req.locale })
    : defaultValue
}

/**
 * beforeChange factory, the second check: after Payload has merged what a write will save — a
 * duplicate's copied document, a restored version, whatever door comes next — a client's write
 * still cannot carry a server field. On create the value must be empty or the field's default;
 * on update it must equal the stored one. Runs first in `beforeChange`, before the hooks that
 * derive those fields.
 */
export const recheckServerFields = ({
  fields,
  initial = {},
}: ServerFields = {}): CollectionBeforeChangeHook =>
  function recheckServerFieldsHook({ collection, data, operation, originalDoc, req }) {
    if (req.context?.[SERVER_WRITE] === true) return data
    const attempted = (fields ?? declaredIn(collection.fields)).filter((field) => field in data)
    const refused = attempted.filter((field) => {
      if (operation === 'update') {
        return comparable(data[field]) !== comparable(originalDoc?.[field])
      }
      const config = collection.fields.find((f) => 'name' in f && f.name === field)
      const fallback = config ? defaultOf(config, req) : undefined
      return !(onlyDefaults(data[field], initial[field]) || onlyDefaults(data[field], fallback))
    })
    if (refused.length > 0) throw refusal(refused)
    return data
  }
