/** A document of any collection, read field by field. */
export type DocFields = Record<string, unknown> & { id: number | string }

/**
 * A document as a record of its fields, for code that reads fields by name across collections
 * (the approval chain's `contentFields`, change detection, account checks). The generated
 * interfaces (`Complaint`, `User`…) have no index signature, so TypeScript will not widen them to
 * a record on its own; this is the one place that does, and it copies nothing.
 */
export const docFields = (doc: { id: number | string }): DocFields => doc as DocFields
