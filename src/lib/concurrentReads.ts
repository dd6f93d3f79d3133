import type { PayloadRequest } from 'payload'

/**
 * Runs independent reads at once when the request has no transaction open (each query takes its
 * own connection on PostgreSQL, and the event loop overlaps their JavaScript with the database);
 * inside a transaction one after another, in order: every query shares one connection there (pg
 * queues concurrent queries on a client and is deprecating it), and a refused read that ends the
 * transaction must not do so under another read. Results come back in the order of `items`.
 */
export const eachRead = async <T, R>(
  req: Partial<PayloadRequest> | undefined,
  items: readonly T[],
  read: (item: T) => Promise<R>,
): Promise<R[]> => {
  if (!req?.transactionID) return Promise.all(items.map(read))
  const out: R[] = []
  for (const item of items) out.push(await read(item))
  return out
}

/** `eachRead` over reads of different kinds: `readsAtOnce(req, [() => a(), () => b()])`. */
export const readsAtOnce = async <T extends readonly (() => Promise<unknown>)[]>(
  req: Partial<PayloadRequest> | undefined,
  reads: readonly [...T],
): Promise<{ -readonly [K in keyof T]: Awaited<ReturnType<T[K]>> }> =>
  (await eachRead(req, reads, (read) => read())) as {
    -readonly [K in keyof T]: Awaited<ReturnType<T[K]>>
  }
