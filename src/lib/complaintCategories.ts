import type { Payload, PayloadRequest } from 'payload'

import type { ComplaintCategoryData } from '@/domain/complaints/categories'
import { DEFAULT_COMPLAINT_CATEGORIES } from '@/domain/complaints/categories'
import type { ComplaintCategory } from '@/payload-types'
import { slugs } from '@/slugs'

import { findByCode } from './officeData'

const toData = (doc: ComplaintCategory): ComplaintCategoryData => ({
  code: doc.code,
  name: { zh: doc.nameZh, en: doc.nameEn || doc.nameZh },
  emergency: doc.emergency ?? false,
  retired: doc.retired ?? false,
  order: doc.order ?? 0,
})

/**
 * The complaint category a code names, as the office keeps it in `complaint-categories`; null when
 * there is none. DOMAIN.md's list stands in until the office defines any.
 */
export const findComplaintCategory = (
  req: PayloadRequest,
  code: unknown,
): Promise<ComplaintCategoryData | null> =>
  findByCode(req, {
    collection: slugs.complaintCategories,
    code,
    defaults: DEFAULT_COMPLAINT_CATEGORIES,
    toData,
  })

/**
 * The office's Chinese names of these category codes, for a report's rows: from
 * `complaint-categories` (retired ones too: a past month names them), else DOMAIN.md's list, else
 * the code itself. One query.
 */
export const complaintCategoryNames = async (
  payload: Payload,
  req: Partial<PayloadRequest> | undefined,
  codes: readonly string[],
): Promise<Record<string, string>> => {
  const names: Record<string, string> = {}
  for (const code of codes) {
    names[code] = DEFAULT_COMPLAINT_CATEGORIES.find((c) => c.code === code)?.name.zh ?? code
  }
  if (codes.length === 0) return names
  const found = await payload.find({
    collection: slugs.complaintCategories,
    where: { code: { in: [...codes] } },
    pagination: false,
    depth: 0,
    select: { code: true, nameZh: true },
    req,
  })
  for (const doc of found.docs) if (doc.code && doc.nameZh) names[doc.code] = doc.nameZh
  return names
}
