import type { CollectionBeforeOperationHook, Where } from 'payload'

import { postDeletionProblem } from '@/domain/shiftLogs/posts'
import { conflict } from '@/lib/errors'
import { slugs } from '@/slugs'

/**
 * beforeOperation: a post that any shift log names is retired, never deleted (409 with the
 * reason), and its code never changes (the logs store it). Covers a delete by id and a bulk
 * delete or update by `where` alike, for clients and server code: the posts are read as the
 * caller, so a client's `where` learns nothing it could not read.
 */
export const keepPostsInUse: CollectionBeforeOperationHook = async ({
  args,
  operation,
  overrideAccess,
  req,
}) => {
  if (operation !== 'delete' && operation !== 'update') return args
  const { id, where, data } = args as {
    id?: number | string
    where?: Where
    data?: Record<string, unknown>
  }
  if (operation === 'update' && (!data || !('code' in data))) return args
  const targets = await req.payload.find({
    collection: slugs.shiftPosts,
    where: id !== undefined && id !== null ? { id: { equals: id } } : (where ?? {}),
    depth: 0,
    pagination: false,
    select: { code: true },
    overrideAccess: overrideAccess === true,
    user: req.user,
    req,
  })
  const codes = targets.docs
    .filter((p) => operation === 'delete' || p.code !== data?.code)
    .map((p) => p.code)
  if (codes.length === 0) return args
  const inUse = await req.payload.count({
    collection: slugs.shiftLogs,
    where: { post: { in: codes } },
    overrideAccess: true,
    req,
  })
  const problem = postDeletionProblem(inUse.totalDocs)
  if (problem && operation === 'delete') throw conflict(problem)
  if (problem) {
    throw conflict(
      '岗位已有交接班记录，编码不能修改 / The post has shift logs: its code cannot change',
    )
  }
  return args
}
