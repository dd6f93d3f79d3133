/** Fields that change on every save or must never be copied into the audit log. */
const IGNORED = new Set([
  'updatedAt',
  'createdAt',
  'hash',
  'salt',
  'password',
  'sessions',
  'loginAttempts',
  'lockUntil',
  'resetPasswordToken',
  'resetPasswordExpiration',
])

const same = (a: unknown, b: unknown): boolean => {
  if (a === b) return true
  const [x, y] = [normalise(a), normalise(b)]
  if (isEmpty(x) || isEmpty(y)) return isEmpty(x) && isEmpty(y)
  return JSON.stringify(x) === JSON.stringify(y)
}

/**
 * Nothing stored: null, no rows, or a group holding nothing. A group first saved with its empty
 * lists has not changed (`{}` and `{ channels: [] }` say the same).
 */
const isEmpty = (value: unknown): boolean =>
  value == null ||
  (Array.isArray(value) && value.length === 0) ||
  (typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0)

/**
 * Relationships arrive populated on one side and as ids on the other: compare ids. Inside a group
 * or a row, a key holding nothing is left out.
 */
const normalise = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(normalise)
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>
    if ('id' in record && Object.keys(record).length > 2 && 'createdAt' in record) return record.id
    return Object.fromEntries(
      Object.entries(record)
        .filter(([key]) => key !== 'id')
        .map(([key, v]) => [key, normalise(v)] as const)
        .filter(([, v]) => !isEmpty(v)),
    )
  }
  return value
}

/** The names of the top-level fields whose value differs between two versions of a document. */
export const changedFieldNames = (
  before: Record<string, unknown> | undefined,
  after: Record<string, unknown>,
  /** Fields that are not stored on the document (join fields: they list other records). */
  notStored: ReadonlySet<string> = new Set(),
): string[] => {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after)])
  return [...keys]
    .filter((key) => !IGNORED.has(key) && !notStored.has(key) && key !== 'id')
    .filter((key) => !same(before?.[key], after[key]))
    .sort()
}

/**
 * The old and new value of each named field, for records whose history is kept nowhere else
 * (the office settings are not versioned). Array rows are compared without their ids.
 */
export const changedValues = (
  before: Record<string, unknown> | undefined,
  after: Record<string, unknown>,
  names: readonly string[],
): Record<string, { from: unknown; to: unknown }> =>
  Object.fromEntries(
    names.map((name) => [
      name,
      { from: normalise(before?.[name] ?? null), to: normalise(after[name] ?? null) },
    ]),
  )
