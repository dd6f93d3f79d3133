import { postDeletionProblem } from '@/domain/shiftLogs/posts'
import { keepCodesInUse } from '@/hooks/shared/keepCodesInUse'
import { slugs } from '@/slugs'

/** beforeOperation: a post that any shift log names is retired, never deleted; its code stays. */
export const keepPostsInUse = keepCodesInUse({
  collection: slugs.shiftPosts,
  usedBy: [{ collection: slugs.shiftLogs, field: 'post' }],
  deletionProblem: postDeletionProblem,
  codeChangeRefusal:
    '岗位已有交接班记录，编码不能修改 / The post has shift logs: its code cannot change',
})
