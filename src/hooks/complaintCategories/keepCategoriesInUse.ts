import { categoryDeletionProblem } from '@/domain/complaints/categories'
import { keepCodesInUse } from '@/hooks/shared/keepCodesInUse'
import { slugs } from '@/slugs'

/**
 * beforeOperation: a category that any complaint or incident names is retired, never deleted
 * (409, by id and by a bulk `where` alike), and its code never changes (the records store it).
 */
export const keepCategoriesInUse = keepCodesInUse({
  collection: slugs.complaintCategories,
  usedBy: [
    { collection: slugs.complaints, field: 'category' },
    { collection: slugs.incidents, field: 'category' },
  ],
  deletionProblem: categoryDeletionProblem,
  codeChangeRefusal:
    '该类别已被投诉记录使用，编码不能修改 / The category is in use: its code cannot change',
})
