/**
 * Posts (岗位) as office data: each post has a code that shift logs store, a kind (the front desk
 * keeps its own schedule, security runs three shifts) and the equipment checked at handover. The
 * office edits them in the admin (`shift-posts`); these are the handbook's defaults (001 秩序维护部)
 * that the seed creates and that a fresh install with no posts yet falls back to.
 */

export const POST_KINDS = {
  'front-desk': { zh: '客服前台', en: 'Front desk' },
  security: { zh: '秩序维护', en: 'Security' },
} as const
export type PostKind = keyof typeof POST_KINDS

/** What the incoming shift checks with the outgoing one at a security post, and the booth's hygiene. */
export const HANDBOOK_SECURITY_EQUIPMENT: readonly string[] = [
  '对讲机 Radio',
  '充电器 Charger',
  '电池 Batteries',
  '警具 Duty gear',
  '头盔 Helmet',
  '放电器 Discharger',
  '岗亭卫生 Booth hygiene',
]

export type ShiftPostData = {
  code: string
  name: { zh: string; en: string }
  kind: PostKind
  equipment: readonly string[]
  retired?: boolean | null
  order?: number | null
}

export const DEFAULT_SHIFT_POSTS: readonly ShiftPostData[] = [
  {
    code: 'front-desk',
    name: { zh: '客服前台', en: 'Front desk' },
    kind: 'front-desk',
    equipment: [
      '对讲机 Radio',
      '钥匙柜钥匙 Key-cabinet key',
      '登记簿 Registers',
      '门禁卡 Access cards',
    ],
    order: 10,
  },
  {
    code: 'gate-1',
    name: { zh: '1号岗（正门）', en: 'Gate 1 (main gate)' },
    kind: 'security',
    equipment: HANDBOOK_SECURITY_EQUIPMENT,
    order: 20,
  },
  {
    code: 'gate-2',
    name: { zh: '2号岗（车库）', en: 'Gate 2 (car park)' },
    kind: 'security',
    equipment: HANDBOOK_SECURITY_EQUIPMENT,
    order: 30,
  },
  {
    code: 'patrol',
    name: { zh: '巡逻岗', en: 'Patrol' },
    kind: 'security',
    equipment: HANDBOOK_SECURITY_EQUIPMENT,
    order: 40,
  },
]

/** A post's code: lower-case letters, digits and dashes (it is part of each log's key). */
export const POST_CODE = /^[a-z0-9][a-z0-9-]{0,31}$/

/** The kind of a post a log names when the post's own record is not at hand. */
export const kindOfCode = (code: string): PostKind =>
  code === 'front-desk' ? 'front-desk' : 'security'

/**
 * Why a log may not be opened for this post, or null: the code must name a post the office keeps,
 * and a retired post takes no new logs (its old logs stay as they are).
 */
export const postProblem = (
  code: unknown,
  post: Pick<ShiftPostData, 'retired'> | null | undefined,
): string | null => {
  if (typeof code !== 'string' || code.trim() === '') return '请选择岗位 / Choose the post'
  if (!post) return `没有岗位 ${code} / No post ${code}`
  if (post.retired) return `岗位 ${code} 已停用 / Post ${code} is retired`
  return null
}

/** The checklist a new log of this post starts with: each item, unanswered. */
export const checklistFor = (post: Pick<ShiftPostData, 'equipment'>) =>
  post.equipment.filter((item) => item.trim() !== '').map((item) => ({ item: item.trim() }))

/** Why a post cannot be deleted, or null: a post any log names is retired instead. */
export const postDeletionProblem = (logsUsingIt: number): string | null =>
  logsUsingIt > 0
    ? `岗位已有 ${logsUsingIt} 份交接班记录，不能删除，请改为停用 / The post has ${logsUsingIt} shift logs: retire it instead of deleting it`
    : null
