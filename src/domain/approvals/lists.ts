/**
 * The two lists of what waits for a user in one collection — cases at their step, and their own
 * proposals returned rejected — taken from one read that asked both questions at once (at most
 * `2 × listLimit` rows, newest first). Each list keeps its first `listLimit`, exactly as a read of
 * its own would. A full read may have cut one list short (many cases waiting can crowd out the
 * returned ones): then null, and the caller asks the two questions apart.
 */
export const splitWaitingAndReturned = <D>(
  docs: readonly D[],
  listLimit: number,
  statusOf: (doc: D) => unknown,
): { waiting: D[]; returned: D[] } | null => {
  if (docs.length >= 2 * listLimit) return null
  return {
    waiting: docs.filter((d) => statusOf(d) === 'pending').slice(0, listLimit),
    returned: docs.filter((d) => statusOf(d) === 'rejected').slice(0, listLimit),
  }
}
