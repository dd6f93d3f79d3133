import type { PayloadRequest } from 'payload'

import type { PostKind, ShiftPostData } from '@/domain/shiftLogs/posts'
import { DEFAULT_SHIFT_POSTS } from '@/domain/shiftLogs/posts'
import type { ShiftPost } from '@/payload-types'
import { findByCode } from '@/lib/officeData'
import { slugs } from '@/slugs'

const toData = (doc: ShiftPost): ShiftPostData => ({
  code: doc.code,
  name: { zh: doc.nameZh, en: doc.nameEn ?? doc.nameZh },
  kind: (doc.kind ?? 'security') as PostKind,
  equipment: (doc.equipment ?? []).map((e) => e.item),
  retired: doc.retired ?? false,
  order: doc.order ?? null,
})

/**
 * The post a code names, as the office keeps it in `shift-posts`; null when there is none. Until
 * the office has defined any post, the handbook's defaults stand in, so that the desk and the
 * gates can keep logs from the first day (a guard opening a log needs its name and checklist).
 */
export const findShiftPost = (req: PayloadRequest, code: unknown): Promise<ShiftPostData | null> =>
  findByCode(req, { collection: slugs.shiftPosts, code, defaults: DEFAULT_SHIFT_POSTS, toData })

/** A post's name for print and mail: the office's name for it, else its code. */
export const postName = async (req: PayloadRequest, code: string) =>
  (await findShiftPost(req, code))?.name ?? { zh: code, en: code }
