/**
 * Every `req.context` flag the app sets or reads, declared once and typed. Payload merges this
 * into its own `RequestContext` (module augmentation), so `req.context?.serverWrite` is a
 * `boolean | undefined` everywhere, and a typo in a flag's name no longer compiles.
 *
 * Set flags on a nested request with `serverReq` / `childReq` (src/lib/serverWrite.ts), never by
 * mutating the caller's `req.context`: a flag left there would outlive the nested call.
 */
export type ContextFlags = {
  /**
   * Server code (transition endpoints, hooks, jobs, seeds) writes fields the client never sets:
   * status, numbers, sign-offs, derived values.
   */
  serverWrite?: boolean
  /**
   * An import of past records (the demo quarter, a migration from paper): what happened months
   * ago is not reported again by email.
   */
  importingHistory?: boolean
  /** The approvals endpoint's own write: the content-edit hook does not start a new round. */
  approvalWrite?: boolean
  /** The manager's review of a shift log: the only write a locked (accepted) log takes. */
  reviewingShiftLog?: boolean
  /** The approval of a complaint report: its figures are computed again, as they stand now. */
  refreshFigures?: boolean
  /** `linkCollectiveComplaints` joining earlier complaints to an incident: not again for them. */
  linkingCollective?: boolean
  /**
   * A workflow action's own write (src/lib/workflow/writeCase.ts): which collection and action.
   * An update access may accept it for people who act on a case without editing it.
   */
  workflowAction?: { collection: string; action: string }
  /** The code-defined approval chains written as the defaults (src/lib/approvals/chains.ts). */
  defaultChains?: boolean
  /** Records written by an import of a spreadsheet: their audit entries say so. */
  importSource?: 'import'
  /** SQLite hardening: the transaction this request opened (src/config/hardenSqlite.ts). */
  sqliteOwnTransaction?: number | string
}

declare module 'payload' {
  // Interface merging with Payload's `RequestContext` (`[key: string]: unknown`).
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  export interface RequestContext extends ContextFlags {}
}

/** A context flag's name, checked against the declaration above. */
type Flag<K extends keyof ContextFlags> = K

export const SERVER_WRITE: Flag<'serverWrite'> = 'serverWrite'
export const IMPORTING_HISTORY: Flag<'importingHistory'> = 'importingHistory'
export const APPROVAL_WRITE: Flag<'approvalWrite'> = 'approvalWrite'
export const REVIEWING_SHIFT_LOG: Flag<'reviewingShiftLog'> = 'reviewingShiftLog'
export const REFRESH_FIGURES: Flag<'refreshFigures'> = 'refreshFigures'
export const LINKING_COLLECTIVE: Flag<'linkingCollective'> = 'linkingCollective'
export const SQLITE_OWN_TRANSACTION: Flag<'sqliteOwnTransaction'> = 'sqliteOwnTransaction'
export const DEFAULT_CHAINS: Flag<'defaultChains'> = 'defaultChains'
export const WORKFLOW_ACTION: Flag<'workflowAction'> = 'workflowAction'
export const IMPORT_SOURCE: Flag<'importSource'> = 'importSource'
