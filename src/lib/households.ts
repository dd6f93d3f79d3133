/** A household: the resident on file, or the unit when the complainant is a visitor. */
export const householdKey = (complaint: { resident?: unknown; unit?: unknown }): string => {
  const id = (value: unknown) =>
    value && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : value
  const resident = id(complaint.resident)
  return resident ? `resident:${resident}` : `unit:${id(complaint.unit)}`
}
