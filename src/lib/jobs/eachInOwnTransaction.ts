import type { PayloadRequest } from 'payload'
import { commitTransaction, initTransaction, killTransaction } from 'payload'

import { serverReq } from '@/lib/serverWrite'

/**
 * Works a scheduled check's items one by one, each in a transaction of its own: what one item
 * writes (its mail queued, its flag set) commits or rolls back together, and one item that fails
 * (a handler whose account is gone, a row that breaks a rule) neither undoes nor stops the others.
 * Failures are logged with the item's id; if any, the job fails at the end with their count, so
 * it is retried (the items already done are not done twice: each check records what it sent)
 * and, after its last try, reported to the administrators by the watchdog.
 */
export const eachInOwnTransaction = async <T extends { id: number | string }>(
  req: PayloadRequest,
  task: string,
  items: readonly T[],
  work: (itemReq: PayloadRequest, item: T) => Promise<void>,
): Promise<void> => {
  const failed: Array<number | string> = []
  for (const item of items) {
    // A request of its own: not the job's transaction, whose failure would end every later item's.
    const itemReq = { ...serverReq(req), transactionID: undefined } as PayloadRequest
    const own = await initTransaction(itemReq)
    try {
      await work(itemReq, item)
      if (own) await commitTransaction(itemReq)
    } catch (error) {
      if (own) await killTransaction(itemReq)
      failed.push(item.id)
      req.payload.logger.error(
        { err: error, task, item: item.id },
        `${task}: item ${item.id} failed`,
      )
    }
  }
  if (failed.length > 0) {
    throw new Error(`${task}: ${failed.length} of ${items.length} failed (${failed.join(', ')})`)
  }
}
