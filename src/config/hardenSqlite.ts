import type {
  BaseDatabaseAdapter,
  CollectionBeforeOperationHook,
  Payload,
  PayloadRequest,
} from 'payload'

type Statement = string | { sql: string }
type LibsqlClient = {
  transaction: (mode?: string) => Promise<unknown>
  execute: (statement: Statement, ...rest: unknown[]) => Promise<unknown>
  batch: (...args: unknown[]) => Promise<unknown>
}

type TransactionId = Parameters<BaseDatabaseAdapter['commitTransaction']>[0]

export const SQLITE_BUSY_TIMEOUT_MS = 10_000

const HARDENED = Symbol.for('wuye.sqliteHardened')

/** The adapter's writes: a request's own out-of-transaction write must not queue behind itself. */
const WRITE_METHODS = [
  'create',
  'createGlobal',
  'createGlobalVersion',
  'createVersion',
  'deleteMany',
  'deleteOne',
  'deleteVersions',
  'updateGlobal',
  'updateGlobalVersion',
  'updateJobs',
  'updateMany',
  'updateOne',
  'updateVersion',
  'upsert',
] as const

/** beforeOperation runs once the operation's transaction is open: remember whose it is. */
const rememberOwnTransaction: CollectionBeforeOperationHook = async ({ args, req }) => {
  if (req.transactionID) req.context.sqliteOwnTransaction = await req.transactionID
  return args
}

/** The same request, seen through the transaction it opened. */
const inTransaction = (req: PayloadRequest, id: TransactionId): PayloadRequest =>
  new Proxy(req, {
    get: (target, key) => (key === 'transactionID' ? id : Reflect.get(target, key, target)),
  })

/**
 * SQLite fixes for one Node process talking to one database file through libsql:
 *
 * 1. One transaction at a time. libsql's driver is synchronous: a second `BEGIN IMMEDIATE` on
 *    another connection blocks the event loop waiting for a lock that only the (now frozen) first
 *    transaction can release, then fails with SQLITE_BUSY and leaves later writes lost. Payload
 *    transactions are therefore queued in-process; waiting is asynchronous.
 *    Writes outside a transaction (the job scheduler's bookkeeping, bulk inserts) wait in the same
 *    queue, so they never block the event loop against a transaction in progress.
 * 2. `busy_timeout` on every connection. libsql hands its connection to each transaction and opens
 *    a fresh one lazily, without the PRAGMA the adapter set at start; other processes (a seed run
 *    beside the dev server) then get "database is locked" at once.
 * 3. A request's own writes outside its transaction join it. Payload's forgot-password opens a
 *    transaction, then reserves `resetPasswordRequestedAt` through a copy of `req` without the
 *    transaction; queued behind its own transaction, that write would wait for ever (20 s, then
 *    500). Such a write, made while the request's own transaction holds the queue, runs inside
 *    that transaction instead: SQLite has one writer, so there is no other place for it. Writes of
 *    anyone else still wait their turn.
 */
export const hardenSqliteClient = (payload: Payload): void => {
  // The libsql client is the SQLite adapter's own, not part of Payload's adapter type.
  const db = payload.db as typeof payload.db & {
    client?: LibsqlClient
    [HARDENED]?: true
  }
  const client = db.client
  if (!client || typeof client.transaction !== 'function' || db[HARDENED]) return
  db[HARDENED] = true

  const openConnection = client.transaction.bind(client)
  const execute = client.execute.bind(client)
  const batch = client.batch.bind(client)
  client.transaction = async (mode?: string) => {
    const transaction = await openConnection(mode)
    await execute(`PRAGMA busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`)
    return transaction
  }

  let queue: Promise<void> = Promise.resolve()
  /** The transaction that holds the queue now: at most one, as they are queued. */
  let active: TransactionId | undefined
  const releases = new Map<string | number, () => void>()
  const acquire = (): Promise<() => void> => {
    let release!: () => void
    const held = new Promise<void>((resolve) => (release = resolve))
    const ready = queue.then(() => release)
    queue = queue.then(() => held)
    return ready
  }

  /**
   * A write outside any transaction takes its turn like a transaction. Should it wait too long
   * (a write issued from inside a transaction without its `req`, which is a bug), it goes ahead and
   * relies on busy_timeout rather than waiting forever.
   */
  const inTurn = async <T>(run: () => Promise<T>): Promise<T> => {
    let timer: ReturnType<typeof setTimeout> | undefined
    const ticket = acquire()
    const release = await Promise.race([
      ticket,
      new Promise<null>(
        (resolve) => (timer = setTimeout(() => resolve(null), SQLITE_BUSY_TIMEOUT_MS)),
      ),
    ])
    clearTimeout(timer)
    if (release === null) {
      // Give the turn back as soon as it comes, so the queue does not stall behind us.
      void ticket.then((late) => late())
      payload.logger.warn('An SQLite write waited 10 s for a transaction; going ahead')
    }
    try {
      return await run()
    } finally {
      release?.()
    }
  }
  const isWrite = (statement: Statement) =>
    /^\s*(insert|update|delete|replace|create|drop|alter|analyze)\b/i.test(
      typeof statement === 'string' ? statement : statement.sql,
    )
  client.execute = (statement: Statement, ...rest: unknown[]) =>
    isWrite(statement) ? inTurn(() => execute(statement, ...rest)) : execute(statement, ...rest)
  client.batch = (...args: unknown[]) => inTurn(() => batch(...args))

  const begin = db.beginTransaction.bind(db)
  const commit = db.commitTransaction.bind(db)
  const rollback = db.rollbackTransaction.bind(db)

  db.beginTransaction = async (options) => {
    const release = await acquire()
    try {
      const id = await begin(options)
      if (id === null || id === undefined) release()
      else {
        releases.set(id, release)
        active = id
      }
      return id
    } catch (error) {
      release()
      throw error
    }
  }
  const finish = (end: (id: TransactionId) => Promise<void>) => async (id: TransactionId) => {
    const key = await id
    try {
      await end(key)
    } finally {
      if (active === key) active = undefined
      releases.get(key)?.()
      releases.delete(key)
    }
  }
  db.commitTransaction = finish(commit)
  db.rollbackTransaction = finish(rollback)

  // The write methods are wrapped by name, whatever each one's signature: seen as a plain record.
  const adapter = db as unknown as Record<string, unknown>
  for (const method of WRITE_METHODS) {
    const write = adapter[method]
    if (typeof write !== 'function') continue
    adapter[method] = function (this: unknown, args: { req?: PayloadRequest }) {
      const req = args?.req
      const own = req && !req.transactionID ? req.context?.sqliteOwnTransaction : undefined
      if (own !== undefined && own === active) {
        return write.call(this, { ...args, req: inTransaction(req!, own as TransactionId) })
      }
      return write.call(this, args)
    }
  }
  for (const collection of Object.values(payload.collections)) {
    const hooks = collection.config.hooks
    hooks.beforeOperation = [rememberOwnTransaction, ...(hooks.beforeOperation ?? [])]
  }
}
