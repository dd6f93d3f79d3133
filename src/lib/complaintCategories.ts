import type { PayloadRequest } from 'payload'

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
