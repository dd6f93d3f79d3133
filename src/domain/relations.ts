/**
 * The id behind a relationship value, whether Payload returned it populated (`{ id, … }`) or as
 * the bare id; `undefined` when empty.
 */
export const relationId = (value: unknown): number | string | undefined => {
  if (value === null || value === undefined || value === '') return undefined
  if (typeof value === 'object' && 'id' in value) return (value as { id: number | string }).id
  return value as number | string
}
