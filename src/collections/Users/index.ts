import type { CollectionConfig } from 'payload'

import { canUseAdmin } from '@/access/canUseAdmin'
import { isStaff } from '@/access/isStaff'
import { isUserManager } from '@/access/isUserManager'
import { isUserManagerField } from '@/access/isUserManagerField'
import { isUserManagerOrSelf } from '@/access/isUserManagerOrSelf'
import { settings } from '@/config/settings'
import { ROLES, ROLE_LABELS } from '@/domain/roles'
import { SHIFT_POSTS } from '@/domain/shiftLogs/shifts'
import { auditHooks } from '@/hooks/audit'
import { recordLoginFailure } from '@/hooks/audit/recordLoginFailure'
import { clearThrottleOnUnlock } from '@/hooks/users/clearThrottleOnUnlock'
import { countAuthFailures } from '@/hooks/users/countAuthFailures'
import { clearPasswordChangeRequirement } from '@/hooks/users/clearPasswordChangeRequirement'
import { enforcePasswordPolicy } from '@/hooks/users/enforcePasswordPolicy'
import { protectAccounts } from '@/hooks/users/protectAccounts'
import { recordSignIn } from '@/hooks/users/recordSignIn'
import { throttleAuthRoutes } from '@/hooks/users/throttleAuthRoutes'
import { failClosedJwt } from '@/lib/security/failClosedJwt'
import { accountEmail } from '@/fields/validators'
import { label, option, optionsFrom } from '@/i18n/label'
import { slugs } from '@/slugs'

import { refuseFirstRegister } from './refuseFirstRegister'

export const DEPARTMENTS = [
  option('customer-service', '客服部', 'Customer service'),
  option('engineering', '工程部', 'Engineering'),
  option('security', '秩序维护部', 'Security'),
  option('management', '物业中心领导', 'Management'),
  option('documents', '档案室', 'Document control'),
  option('admin-office', '行政部', 'Administration'),
]

export const Users: CollectionConfig = {
  slug: slugs.users,
  labels: { singular: label('员工', 'Staff member'), plural: label('员工', 'Staff') },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'roles', 'department'],
    group: label('系统', 'System'),
  },
  auth: {
    // No hard lock that anyone could set off against any account: failed sign-ins slow down
    // progressively instead (`throttleAuthRoutes`, `countAuthFailures`, src/domain/throttle.ts).
    maxLoginAttempts: 0,
    tokenExpiration: 8 * 60 * 60,
    cookies: { secure: settings.isProduction, sameSite: 'Lax' },
    // Payload's JWT check, except that a user lookup the database cannot answer is a 503, never
    // an anonymous request (src/lib/security/failClosedJwt.ts).
    strategies: [failClosedJwt],
  },
  access: {
    read: isStaff,
    create: isUserManager,
    update: isUserManagerOrSelf,
    delete: isUserManager,
    admin: canUseAdmin,
    unlock: isUserManager,
  },
  endpoints: settings.isProduction ? [refuseFirstRegister] : undefined,
  hooks: {
    beforeOperation: [throttleAuthRoutes, protectAccounts],
    beforeValidate: [enforcePasswordPolicy, clearPasswordChangeRequirement],
    afterChange: auditHooks.afterChange,
    afterDelete: auditHooks.afterDelete,
    afterLogin: [recordSignIn],
    afterOperation: [clearThrottleOnUnlock],
    afterError: [recordLoginFailure, countAuthFailures],
  },
  fields: [
    {
      // Payload's own email field, with a length bound checked before the format.
      name: 'email',
      type: 'email',
      required: true,
      unique: true,
      label: label('邮箱', 'Email'),
      validate: accountEmail,
    },
    {
      // Sent with a change of one's own password or email; checked by `protectAccounts`, never
      // stored. Shown by the admin form only while the user changes their own credentials.
      name: 'currentPassword',
      type: 'text',
      virtual: true,
      maxLength: 1000,
      label: label('当前密码', 'Current password'),
      admin: {
        components: {
          Field: '@/views/ChangePassword/CurrentPasswordField.client#CurrentPasswordField',
        },
      },
    },
    {
      name: 'name',
      type: 'text',
      required: true,
      maxLength: 100,
      label: label('姓名', 'Name'),
      access: { update: isUserManagerField },
    },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      saveToJWT: true,
      label: label('岗位', 'Roles'),
      options: ROLES.map((role) => option(role, ROLE_LABELS[role].zh, ROLE_LABELS[role].en)),
      access: { update: isUserManagerField },
    },
    {
      name: 'department',
      type: 'select',
      label: label('部门', 'Department'),
      options: DEPARTMENTS,
      access: { update: isUserManagerField },
    },
    {
      name: 'manager',
      type: 'relationship',
      relationTo: slugs.users,
      label: label('直属上级', 'Line manager'),
      access: { update: isUserManagerField },
      admin: { description: label('超时升级邮件抄送此人', 'Escalation emails copy this person') },
    },
    {
      name: 'dutyPost',
      type: 'select',
      saveToJWT: true,
      label: label('值班岗位', 'Duty post'),
      options: optionsFrom(SHIFT_POSTS),
      access: { update: isUserManagerField },
      admin: {
        description: label(
          '秩序维护员只看到并记录本岗位的交接班记录',
          'A security guard sees and writes only this post’s shift logs',
        ),
      },
    },
    {
      // 带班员 (DOMAIN.md → People and roles): leads and countersigns security handovers.
      name: 'shiftLeader',
      type: 'checkbox',
      defaultValue: false,
      label: label('带班员', 'Shift leader'),
      access: { update: isUserManagerField },
      admin: {
        description: label(
          '带班员带领交接班并签字确认；由系统管理员或物业总监指定',
          'Leads and countersigns security handovers; set by an admin or the director',
        ),
      },
    },
    {
      // 物管员按区域分工 (DOMAIN.md → People and roles): the buildings this person visits each
      // quarter (periodic household visits); empty for everyone who is not area staff.
      name: 'areaBuildings',
      type: 'text',
      hasMany: true,
      maxLength: 100,
      label: label('负责楼栋（物管员）', 'Area staff: buildings'),
      access: { update: isUserManagerField },
      admin: {
        description: label(
          '区域物管员每季度走访所负责楼栋的住户；由系统管理员或物业总监指定',
          'Area staff visit these buildings each quarter; set by an admin or the director',
        ),
      },
    },
    { name: 'phone', type: 'text', maxLength: 32, label: label('工作电话', 'Work phone') },
    {
      // Set by `npm run create-admin`; cleared when the person sets a password of their own.
      name: 'mustChangePassword',
      type: 'checkbox',
      defaultValue: false,
      label: label('须先修改一次性密码', 'Must change the one-time password'),
      admin: { readOnly: true, position: 'sidebar' },
    },
  ],
}
