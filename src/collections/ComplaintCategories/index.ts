import type { CollectionConfig } from 'payload'

import { isManagerOrAdmin } from '@/access/isManagerOrAdmin'
import { isStaff } from '@/access/isStaff'
import { CATEGORY_CODE } from '@/domain/complaints/categories'
import { codeAndNames } from '@/fields/codeAndNames'
import { auditHooks } from '@/hooks/audit'
import { keepCategoriesInUse } from '@/hooks/complaintCategories/keepCategoriesInUse'
import { label } from '@/i18n/label'
import { slugs } from '@/slugs'

/**
 * 投诉类别: the office's complaint categories (DOMAIN.md → Complaints). Managers add, rename and
 * mark emergencies (重大投诉 / 突发事件: major by rule); complaints store the code. A category in
 * use is retired, never deleted (`keepCategoriesInUse`). Every change is audited.
 */
export const ComplaintCategories: CollectionConfig = {
  slug: slugs.complaintCategories,
  labels: {
    singular: label('投诉类别', 'Complaint category'),
    plural: label('投诉类别', 'Complaint categories'),
  },
  admin: {
    useAsTitle: 'nameZh',
    defaultColumns: ['order', 'code', 'nameZh', 'emergency', 'retired'],
    group: label('投诉与报修', 'Complaints and repairs'),
    description: label(
      '紧急类别的投诉按规则为重大投诉；已有投诉记录的类别只能停用，不能删除',
      'An emergency category makes a complaint major; a category in use is retired, never deleted',
    ),
  },
  access: {
    read: isStaff,
    create: isManagerOrAdmin,
    update: isManagerOrAdmin,
    delete: isManagerOrAdmin,
  },
  defaultSort: 'order',
  hooks: {
    beforeOperation: [keepCategoriesInUse],
    ...auditHooks,
  },
  fields: [
    codeAndNames({
      pattern: CATEGORY_CODE,
      codeHelp: label('如 flooding；投诉记录保存此编码', 'e.g. flooding; complaints store it'),
    }),
    {
      type: 'row',
      fields: [
        {
          name: 'emergency',
          type: 'checkbox',
          defaultValue: false,
          label: label('紧急类别（重大投诉）', 'Emergency (major by rule)'),
        },
        {
          name: 'retired',
          type: 'checkbox',
          defaultValue: false,
          index: true,
          label: label('已停用', 'Retired'),
        },
        { name: 'order', type: 'number', defaultValue: 0, label: label('排序', 'Order') },
      ],
    },
  ],
}
