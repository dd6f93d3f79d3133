/** A household: the resident on file, or the unit when the complainant is a visitor. */
export const householdKey = (complaint: { resident?: unknown; unit?: unknown }): string => {
  const id = (value: unknown) =>
    value && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : value
  const resident = id(complaint.resident)
  return resident ? `resident:${resident}` : `unit:${id(complaint.unit)}`
}

export const relationId = (value: unknown): number | string | undefined => {
  if (value === null || value === undefined || value === '') return undefined
  if (typeof value === 'object' && 'id' in value) return (value as { id: number | string }).id
  return value as number | string
}
