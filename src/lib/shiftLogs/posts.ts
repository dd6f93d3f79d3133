import type { PayloadRequest } from 'payload'

import type { PostKind, ShiftPostData } from '@/domain/shiftLogs/posts'
import { DEFAULT_SHIFT_POSTS } from '@/domain/shiftLogs/posts'
import type { ShiftPost } from '@/payload-types'
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
 * the office has defined any post (a fresh install, a test database), the handbook's defaults
 * stand in, so that the desk and the gates can keep logs from the first day. Read with server
 * rights: a post's name and checklist are not secret, and a guard opening a log needs them.
 */
export const findShiftPost = async (
  req: PayloadRequest,
  code: unknown,
): Promise<ShiftPostData | null> => {
  if (typeof code !== 'string' || code === '') return null
  const found = await req.payload.find({
    collection: slugs.shiftPosts,
    where: { code: { equals: code } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  if (found.docs[0]) return toData(found.docs[0])
  const any = await req.payload.count({ collection: slugs.shiftPosts, overrideAccess: true, req })
  if (any.totalDocs > 0) return null
  return DEFAULT_SHIFT_POSTS.find((p) => p.code === code) ?? null
}

/** A post's name for print and mail: the office's name for it, else its code. */
export const postName = async (req: PayloadRequest, code: string) =>
  (await findShiftPost(req, code))?.name ?? { zh: code, en: code }
