import type { Access, AccessArgs, AccessResult, Where } from 'payload'

const and = (a: AccessResult, b: AccessResult): AccessResult => {
  if (!a || !b) return false
  if (a === true) return b
  if (b === true) return a
  return { and: [a as Where, b as Where] }
}

/**
 * A write access narrowed to what the same user may read: what one may change (or restore, or
 * delete) one may also see. Without it, `PATCH …/:id?draft=true` answers a document whole to a
 * user whose read access hides it.
 */
export const withinRead =
  (read: Access, write: Access): Access =>
  async (args: AccessArgs) => {
    const writable = await write(args)
    if (!writable) return false
    return and(writable, await read(args))
  }
