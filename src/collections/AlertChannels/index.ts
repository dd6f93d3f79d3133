import type { CollectionConfig } from 'payload'

import { isAdminField } from '@/access/alertChannels'
import { isAdmin } from '@/access/isAdmin'
import { isManagerOrAdmin } from '@/access/isManagerOrAdmin'
import { CHANNEL_KINDS, MESSAGE_FORMATS, ROBOT_FLAVOURS } from '@/domain/alerts/kinds'
import { MAX_ROBOT_URL_LENGTH } from '@/domain/alerts/url'
import { tooLong } from '@/fields/validators'
import { auditHooks } from '@/hooks/audit'
import { checkChannelUrl } from '@/hooks/alertChannels/checkChannelUrl'
import { label, optionsFrom } from '@/i18n/label'
import { slugs } from '@/slugs'

const adminOnly = { read: isAdminField, create: isAdminField, update: isAdminField }

/**
 * 提醒渠道: where alerts go besides email (issue 16). A group robot in a WeCom, DingTalk or Feishu
 * chat: one HTTPS POST per alert, signed with the channel's secret. Office settings (提醒) choose
 * the channels of each kind of alert. The administrator sets one up (its URL and secret are
 * theirs alone); managers see which channels exist and may rename or switch one off. Audited.
 */
export const AlertChannels: CollectionConfig = {
  slug: slugs.alertChannels,
  labels: {
    singular: label('提醒渠道', 'Alert channel'),
    plural: label('提醒渠道', 'Alert channels'),
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'flavour', 'enabled'],
    group: label('系统', 'System'),
    description: label(
      '邮件之外的提醒（群机器人）；在“办公室设置 → 提醒”中为每类提醒选择渠道',
      'Alerts besides email (group robots); choose each alert’s channels in Office settings → Alerts',
    ),
  },
  access: {
    read: isManagerOrAdmin,
    create: isAdmin,
    update: isManagerOrAdmin,
    delete: isAdmin,
  },
  hooks: {
    beforeChange: [checkChannelUrl],
    ...auditHooks,
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      maxLength: 100,
      label: label('名称', 'Name'),
      validate: (value: string | null | undefined) =>
        tooLong(value, 100) ?? (value?.trim() ? true : '必须填写 / Required'),
    },
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          type: 'select',
          required: true,
          defaultValue: 'group-robot',
          label: label('类型', 'Kind'),
          options: optionsFrom(CHANNEL_KINDS),
        },
        {
          name: 'flavour',
          type: 'select',
          required: true,
          defaultValue: 'dingtalk',
          label: label('机器人', 'Robot'),
          options: optionsFrom(ROBOT_FLAVOURS),
        },
        {
          name: 'format',
          type: 'select',
          required: true,
          defaultValue: 'markdown',
          label: label('消息格式', 'Message format'),
          options: optionsFrom(MESSAGE_FORMATS),
        },
        {
          name: 'enabled',
          type: 'checkbox',
          defaultValue: true,
          label: label('启用', 'Enabled'),
        },
      ],
    },
    {
      name: 'url',
      type: 'text',
      maxLength: MAX_ROBOT_URL_LENGTH,
      access: adminOnly,
      label: label('Webhook 地址', 'Webhook URL'),
      admin: {
        description: label(
          '必须是公网 https 地址（白名单中的主机除外）；仅系统管理员可见',
          'https to a public host (unless allow-listed); seen by the administrator only',
        ),
      },
    },
    {
      name: 'secret',
      type: 'text',
      maxLength: 200,
      access: adminOnly,
      label: label('加签密钥', 'Signing secret'),
      admin: {
        description: label(
          '钉钉、飞书的“加签”密钥；企业微信不需要。仅系统管理员可见',
          'DingTalk’s or Feishu’s signing secret; WeCom needs none. Administrator only',
        ),
      },
      validate: (value: string | null | undefined) => tooLong(value, 200) ?? true,
    },
  ],
}
