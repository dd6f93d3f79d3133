import type { Field } from 'payload'

import { isAdminField } from '@/access/alertChannels'
import { ALERT_KINDS } from '@/domain/alerts/kinds'
import { ALLOWED_HOST_PATTERN } from '@/domain/alerts/url'
import { label } from '@/i18n/label'
import { slugs } from '@/slugs'

const MAX_HOSTS = 20

/**
 * Office settings → 提醒 (issue 16): which alert channels each kind of alert goes to, besides
 * the email that always goes, and the hosts a robot may post to although they are not public
 * https hosts. The allow-list is a security setting: the administrator alone changes it.
 */
export const alertSettingsGroup: Field = {
  name: 'alerts',
  type: 'group',
  label: label('提醒（群机器人）', 'Alerts (group robots)'),
  admin: {
    description: label(
      '邮件照常发送；所选渠道另外收到提醒',
      'Email goes as before; the chosen channels get the alert as well',
    ),
  },
  fields: [
    ...Object.entries(ALERT_KINDS).map(([kind, l]): Field => ({
      name: kind,
      type: 'relationship',
      relationTo: slugs.alertChannels,
      hasMany: true,
      label: label(l.zh, l.en),
    })),
    {
      name: 'robotHostAllowList',
      type: 'text',
      hasMany: true,
      maxRows: MAX_HOSTS,
      access: { update: isAdminField },
      label: label('机器人主机白名单', 'Robot host allow-list'),
      admin: {
        description: label(
          '可使用 http 或内网地址的主机（如 10.0.0.5:8080）；仅系统管理员可改',
          'Hosts that may be http or private (e.g. 10.0.0.5:8080); the administrator alone changes it',
        ),
      },
      validate: (value: unknown) => {
        const hosts = Array.isArray(value) ? value : []
        if (hosts.length > MAX_HOSTS) return `最多 ${MAX_HOSTS} 个 / At most ${MAX_HOSTS}`
        const bad = hosts.find(
          (h) =>
            typeof h !== 'string' ||
            h.length > 260 ||
            !ALLOWED_HOST_PATTERN.test(h.trim().toLowerCase()),
        )
        return bad === undefined
          ? true
          : `不是主机名（可带端口）：${String(bad).slice(0, 60)} / Not a host (with an optional port)`
      },
    },
  ],
}
