import type { CollectionConfig } from 'payload'

import { isManagerOrAdmin } from '@/access/isManagerOrAdmin'
import { isStaff } from '@/access/isStaff'
import { POST_CODE, POST_KINDS } from '@/domain/shiftLogs/posts'
import { codeAndNames } from '@/fields/codeAndNames'
import { auditHooks } from '@/hooks/audit'
import { keepPostsInUse } from '@/hooks/shiftPosts/keepPostsInUse'
import { label, optionsFrom } from '@/i18n/label'
import { slugs } from '@/slugs'

/**
 * 岗位: the posts that keep a shift log and the equipment each one checks at handover (001
 * 秩序维护部: 对讲机, 充电器, 电池, 警具, 头盔, 放电器 and the booth's hygiene). Managers keep them;
 * staff read them. A post in use is retired, never deleted (`keepPostsInUse`).
 */
export const ShiftPosts: CollectionConfig = {
  slug: slugs.shiftPosts,
  labels: { singular: label('岗位', 'Post'), plural: label('岗位与交接物品', 'Posts') },
  admin: {
    useAsTitle: 'nameZh',
    defaultColumns: ['order', 'code', 'nameZh', 'kind', 'retired'],
    group: label('前台与秩序维护', 'Front desk and security'),
    description: label(
      '已有交接班记录的岗位只能停用，不能删除',
      'A post with shift logs is retired, never deleted',
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
    beforeOperation: [keepPostsInUse],
    ...auditHooks,
  },
  fields: [
    codeAndNames({
      pattern: POST_CODE,
      codeHelp: label('如 gate-1；交接班记录保存此编码', 'e.g. gate-1; logs store it'),
    }),
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          type: 'select',
          required: true,
          defaultValue: 'security',
          options: optionsFrom(POST_KINDS),
          label: label('类别', 'Kind'),
        },
        { name: 'order', type: 'number', defaultValue: 0, label: label('排序', 'Order') },
        {
          name: 'retired',
          type: 'checkbox',
          defaultValue: false,
          index: true,
          label: label('已停用', 'Retired'),
        },
      ],
    },
    {
      name: 'equipment',
      type: 'array',
      label: label('交接物品清单', 'Equipment checklist'),
      labels: { singular: label('物品', 'Item'), plural: label('物品', 'Items') },
      fields: [
        {
          name: 'item',
          type: 'text',
          required: true,
          maxLength: 100,
          label: label('物品或检查项', 'Item or check'),
        },
      ],
    },
  ],
}
