/** Which database the app talks to, decided from `DATABASE_URI` alone. */
export type DatabaseTarget =
  | { kind: 'sqlite'; url: string; file: string }
  | { kind: 'postgres'; url: string }
  | { kind: 'mongodb'; url: string }

export const DEFAULT_SQLITE_FILE = './data/app.db'

export const ACCEPTED_FORMS =
  'unset or file:<path> (SQLite), postgres://… or postgresql://… (PostgreSQL), mongodb://… or mongodb+srv://… (MongoDB)'

export class DatabaseUriError extends Error {
  constructor(value: string) {
    // One line, naming the variable and the accepted forms: it is what the operator sees at start.
    super(`DATABASE_URI="${redact(value)}" is not supported; use ${ACCEPTED_FORMS}.`)
    this.name = 'DatabaseUriError'
  }
}

/** Hides a password in a connection string before it is printed. */
const redact = (value: string): string => value.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@')

export const parseDatabaseUri = (raw: string | undefined): DatabaseTarget => {
  const value = (raw ?? '').trim()
  if (value === '') {
    return { kind: 'sqlite', url: `file:${DEFAULT_SQLITE_FILE}`, file: DEFAULT_SQLITE_FILE }
  }
  if (value.startsWith('file:')) {
    const file = value.slice('file:'.length)
    if (file === '') throw new DatabaseUriError(value)
    return { kind: 'sqlite', url: value, file }
  }
  if (/^postgres(ql)?:\/\/.+/.test(value)) return { kind: 'postgres', url: value }
  if (/^mongodb(\+srv)?:\/\/.+/.test(value)) return { kind: 'mongodb', url: value }
  throw new DatabaseUriError(value)
}

/**
 * PostgreSQL's parallel workers per statement for the app's connections: 0 unless
 * `DATABASE_PARALLEL_WORKERS` names a whole number from 0 to 8 (anything else is 0).
 */
export const parallelWorkers = (env: Record<string, string | undefined>) => {
  const value = Number(env.DATABASE_PARALLEL_WORKERS ?? 0)
  return Number.isInteger(value) && value >= 0 && value <= 8 ? value : 0
}
