import type { Field, Tab } from 'payload'

/** The mark `serverSet` leaves in a field's (server-only) `custom`. */
export const SERVER_ONLY = 'serverOnly'

type Marked = { custom?: Record<string, unknown> }

/**
 * Declares a field set by the server only (a status, a number, a sign-off, a derived value): it is
 * read-only in the admin, and `protectServerFields` refuses a client's write to it. One mark on
 * the field itself, so the admin's read-only flags and the list the hooks enforce cannot drift.
 * Only top-level fields (in rows, collapsibles and unnamed tabs too) are enforced, as a whole: a
 * marked array or group is refused as one value.
 */
export const serverSet = <F extends Field>(field: F): F =>
  ({
    ...field,
    admin: { ...field.admin, readOnly: true },
    custom: { ...field.custom, [SERVER_ONLY]: true },
  }) as F

/** Whether a field (or a named tab) was declared with `serverSet`. */
export const isServerSet = (field: Field | Tab): boolean =>
  (field as Marked).custom?.[SERVER_ONLY] === true

/**
 * The names of a collection's top-level fields declared with `serverSet`, in order: rows,
 * collapsibles and unnamed tabs are looked into (their fields are top-level in the document);
 * named groups, arrays and named tabs are one top-level value each and are not.
 */
export const serverFieldsOf = (fields: readonly Field[]): string[] =>
  fields.flatMap((field): string[] => {
    if ('name' in field) return isServerSet(field) ? [field.name] : []
    if (field.type === 'tabs') {
      return field.tabs.flatMap((tab) =>
        'name' in tab && tab.name
          ? isServerSet(tab)
            ? [tab.name]
            : []
          : serverFieldsOf(tab.fields),
      )
    }
    if ('fields' in field) return serverFieldsOf(field.fields)
    return []
  })
