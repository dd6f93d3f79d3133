import type { CollectionConfig } from 'payload'

import {
  canCreateShiftLogs,
  canDeleteShiftLogs,
  canReadShiftLogs,
  canUpdateShiftLogs,
} from '@/access/shiftLogs'
import { SHIFT_LOG_STATUSES } from '@/domain/shiftLogs/actions'
import {
  ENTRY_KINDS,
  OWNER_CONFIRM_METHODS,
  VEHICLE_CLASSES,
  VISITOR_CLASSES,
} from '@/domain/shiftLogs/entries'
import { POST_KINDS } from '@/domain/shiftLogs/posts'
import { VIOLATION_KINDS } from '@/domain/violations/ladder'
import { shiftLogEndpoints } from '@/endpoints/shiftLogs'
import { serverFieldsOf, serverSet } from '@/fields/serverOnly'
import { signOff } from '@/fields/signOff'
import { auditHooks } from '@/hooks/audit'
import type { ServerFields } from '@/hooks/shared/protectServerFields'
import { protectServerFields, recheckServerFields } from '@/hooks/shared/protectServerFields'
import { keepShiftLogLocked } from '@/hooks/shiftLogs/keepShiftLogLocked'
import { linkViolationsToLog } from '@/hooks/shiftLogs/linkViolationsToLog'
import { openViolationsFromEntries } from '@/hooks/shiftLogs/openViolationsFromEntries'
import { notifySupervisorOfRefusal } from '@/hooks/shiftLogs/notifySupervisorOfRefusal'
import { prepareShiftLog } from '@/hooks/shiftLogs/prepareShiftLog'
import { registerKeyEntryFields } from '@/collections/Keys/entryFields'
import { moveRegisterKeys } from '@/hooks/shiftLogs/moveRegisterKeys'
import { label, option, optionsFrom } from '@/i18n/label'
import { slugs } from '@/slugs'

const readOnly = { readOnly: true }
const dayAndTime = { date: { pickerAppearance: 'dayAndTime' as const } }
const whenKind =
  (...kinds: string[]) =>
  (_: unknown, sibling: { kind?: string } | undefined) =>
    kinds.includes(sibling?.kind ?? '')

/** What a create may carry in the fields declared `serverSet`. */
const serverFields: ServerFields = { initial: { status: 'open' } }

/**
 * 交接班记录: one log per post and shift. Entries are an array in the log rather than separate
 * register collections: the front desk and the gate write one form, in one place, and the
 * handover reads the same rows (goods waiting for the owner, keys out, visitors still in).
 */
export const ShiftLogs: CollectionConfig = {
  slug: slugs.shiftLogs,
  labels: {
    singular: label('交接班记录', 'Shift log'),
    plural: label('交接班记录', 'Shift logs'),
  },
  admin: {
    useAsTitle: 'key',
    defaultColumns: ['shiftDate', 'post', 'shift', 'status', 'onDuty', 'signedBy', 'incoming'],
    group: label('前台与秩序维护', 'Front desk and security'),
    description: label(
      '当班记录、前台登记与交接班。请在「交接班看板」中操作。',
      'Entries, front-desk registers and handover. Work from the shift-log board.',
    ),
  },
  access: {
    read: canReadShiftLogs,
    create: canCreateShiftLogs,
    update: canUpdateShiftLogs,
    delete: canDeleteShiftLogs,
  },
  defaultSort: '-startsAt',
  indexes: [{ fields: ['post', 'startsAt'] }, { fields: ['status', 'shiftDate'] }],
  endpoints: shiftLogEndpoints,
  hooks: {
    beforeOperation: [keepShiftLogLocked, protectServerFields(serverFields)],
    beforeChange: [
      recheckServerFields(serverFields),
      prepareShiftLog,
      openViolationsFromEntries,
      moveRegisterKeys,
    ],
    afterChange: [linkViolationsToLog, notifySupervisorOfRefusal, ...auditHooks.afterChange],
    afterDelete: auditHooks.afterDelete,
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          // The post's code (`shift-posts`), checked by `prepareShiftLog`: a log keeps the code
          // it was opened under, and a post in use is retired, never deleted or renamed.
          name: 'post',
          type: 'text',
          maxLength: 32,
          required: true,
          index: true,
          label: label('岗位', 'Post'),
          admin: { description: label('岗位编码，如 gate-1', 'The post’s code, e.g. gate-1') },
        },
        {
          name: 'shiftDate',
          type: 'text',
          maxLength: 100,
          index: true,
          label: label('日期', 'Date'),
          admin: { placeholder: 'YYYY-MM-DD' },
        },
        { name: 'shift', type: 'text', maxLength: 100, label: label('班次', 'Shift') },
        serverSet({
          name: 'status',
          type: 'select',
          defaultValue: 'open',
          index: true,
          options: optionsFrom(SHIFT_LOG_STATUSES),
          label: label('状态', 'Status'),
        }),
      ],
    },
    {
      type: 'row',
      fields: [
        serverSet({
          name: 'key',
          type: 'text',
          maxLength: 100,
          unique: true,
          label: label('岗位班次', 'Post and shift'),
        }),
        serverSet({
          name: 'startsAt',
          type: 'date',
          label: label('开始', 'Starts'),
          admin: dayAndTime,
        }),
        serverSet({
          name: 'endsAt',
          type: 'date',
          label: label('结束', 'Ends'),
          admin: dayAndTime,
        }),
        serverSet({
          name: 'postKind',
          type: 'select',
          options: optionsFrom(POST_KINDS),
          label: label('岗位类别', 'Kind of post'),
        }),
        serverSet({
          name: 'onDuty',
          type: 'relationship',
          relationTo: slugs.users,
          index: true,
          label: label('当班人', 'On duty'),
        }),
      ],
    },
    {
      name: 'entries',
      type: 'array',
      label: label('当班记录', 'Entries'),
      labels: { singular: label('记录', 'Entry'), plural: label('记录', 'Entries') },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'at',
              type: 'date',
              required: true,
              label: label('时间', 'Time'),
              admin: { date: { pickerAppearance: 'dayAndTime' } },
            },
            {
              name: 'kind',
              type: 'select',
              required: true,
              defaultValue: 'event',
              options: optionsFrom(ENTRY_KINDS),
              label: label('类别', 'Kind'),
            },
            {
              name: 'priority',
              type: 'select',
              defaultValue: 'normal',
              options: [option('normal', '一般', 'Normal'), option('high', '重要', 'High')],
              label: label('优先级', 'Priority'),
            },
            {
              name: 'unit',
              type: 'relationship',
              relationTo: slugs.units,
              label: label('房号', 'Unit'),
            },
          ],
        },
        { name: 'text', type: 'textarea', maxLength: 5000, label: label('内容', 'What happened') },
        {
          type: 'row',
          fields: [
            {
              name: 'name',
              type: 'text',
              maxLength: 100,
              label: label('姓名', 'Name'),
              admin: { condition: whenKind('visitor', 'mail', 'key', 'pass') },
            },
            {
              name: 'idShown',
              type: 'checkbox',
              label: label('已验证件', 'ID shown'),
              admin: { condition: whenKind('visitor', 'pass') },
            },
            {
              name: 'plate',
              type: 'text',
              maxLength: 32,
              label: label('车牌号', 'Plate'),
              admin: { condition: whenKind('vehicle') },
            },
            {
              name: 'outAt',
              type: 'date',
              label: label('离开时间', 'Out at'),
              admin: {
                condition: whenKind('visitor', 'vehicle'),
                date: { pickerAppearance: 'dayAndTime' },
              },
            },
            {
              name: 'visitorClass',
              type: 'select',
              options: optionsFrom(VISITOR_CLASSES),
              label: label('访客类别', 'Class of visitor'),
              admin: { condition: whenKind('visitor') },
            },
            {
              name: 'vehicleClass',
              type: 'select',
              options: optionsFrom(VEHICLE_CLASSES),
              label: label('车辆类别', 'Class of vehicle'),
              admin: { condition: whenKind('vehicle') },
            },
          ],
        },
        {
          type: 'row',
          admin: { condition: whenKind('violation') },
          fields: [
            {
              name: 'violationKind',
              type: 'select',
              options: optionsFrom(VIOLATION_KINDS),
              label: label('违章类型', 'Kind of violation'),
            },
            {
              // Set by `openViolationsFromEntries` when the entry is saved; never by the client.
              name: 'violation',
              type: 'relationship',
              relationTo: slugs.violations,
              label: label('违章记录', 'Violation record'),
              admin: readOnly,
            },
          ],
        },
        {
          type: 'row',
          admin: { condition: whenKind('goods-release') },
          fields: [
            { name: 'items', type: 'text', maxLength: 500, label: label('放行物品', 'Goods') },
            { name: 'carrier', type: 'text', maxLength: 100, label: label('搬运人', 'Carrier') },
            {
              name: 'ownerConfirmedBy',
              type: 'text',
              maxLength: 100,
              label: label('业主确认人', 'Confirmed by (owner)'),
            },
            {
              name: 'ownerConfirmMethod',
              type: 'select',
              options: optionsFrom(OWNER_CONFIRM_METHODS),
              label: label('确认方式', 'How confirmed'),
            },
            { name: 'released', type: 'checkbox', label: label('已放行', 'Released') },
          ],
        },
        {
          type: 'row',
          fields: [
            {
              name: 'notifiedAt',
              type: 'date',
              label: label('通知时间', 'Notified at'),
              admin: { condition: whenKind('mail'), date: { pickerAppearance: 'dayAndTime' } },
            },
            {
              name: 'collectedAt',
              type: 'date',
              label: label('领取时间', 'Collected at'),
              admin: { condition: whenKind('mail'), date: { pickerAppearance: 'dayAndTime' } },
            },
            {
              name: 'collectedBy',
              type: 'text',
              maxLength: 100,
              label: label('领取人', 'Collected by'),
              admin: { condition: whenKind('mail') },
            },
            {
              name: 'company',
              type: 'text',
              maxLength: 100,
              label: label('施工单位', 'Company'),
              admin: { condition: whenKind('pass') },
            },
            {
              name: 'validUntil',
              type: 'date',
              label: label('有效期至', 'Valid until'),
              admin: { condition: whenKind('pass') },
            },
            {
              name: 'returnedAt',
              type: 'date',
              label: label('归还时间', 'Returned at'),
              admin: { condition: whenKind('key'), date: { pickerAppearance: 'dayAndTime' } },
            },
          ],
        },
        // A key of the register lent or returned (`moveRegisterKeys` moves its holder).
        ...registerKeyEntryFields(whenKind('key')),
        {
          type: 'row',
          fields: [
            {
              name: 'complaint',
              type: 'relationship',
              relationTo: slugs.complaints,
              label: label('关联投诉', 'Complaint'),
            },
            {
              name: 'workOrder',
              type: 'relationship',
              relationTo: slugs.workOrders,
              label: label('关联工单', 'Work order'),
            },
            {
              name: 'recordedBy',
              type: 'relationship',
              relationTo: slugs.users,
              label: label('记录人', 'Recorded by'),
              admin: readOnly,
            },
          ],
        },
      ],
    },
    {
      type: 'collapsible',
      label: label('交接班', 'Handover'),
      fields: [
        {
          name: 'summary',
          type: 'textarea',
          maxLength: 5000,
          label: label('交班小结', 'Handover summary'),
        },
        serverSet({
          name: 'openItems',
          type: 'array',
          label: label('待跟进事项', 'Open items'),
          fields: [
            {
              type: 'row',
              fields: [
                { name: 'kind', type: 'text', maxLength: 100, label: label('类别', 'Kind') },
                { name: 'ref', type: 'text', maxLength: 100, label: label('事项', 'Item') },
                { name: 'note', type: 'text', maxLength: 500, label: label('说明', 'Note') },
              ],
            },
          ],
        }),
        {
          name: 'equipment',
          type: 'array',
          label: label('交接物品', 'Equipment'),
          fields: [
            {
              type: 'row',
              fields: [
                {
                  name: 'item',
                  type: 'text',
                  maxLength: 100,
                  required: true,
                  label: label('物品', 'Item'),
                },
                { name: 'outgoingOk', type: 'checkbox', label: label('交班确认', 'Outgoing OK') },
                { name: 'incomingOk', type: 'checkbox', label: label('接班确认', 'Incoming OK') },
                { name: 'note', type: 'text', maxLength: 500, label: label('说明', 'Note') },
              ],
            },
          ],
        },
        {
          type: 'row',
          fields: [
            ...signOff('signed', label('交班', 'Handed over')),
            serverSet({
              name: 'incoming',
              type: 'relationship',
              relationTo: slugs.users,
              label: label('接班人', 'Taken over by'),
            }),
            serverSet({
              name: 'acceptedAt',
              type: 'date',
              label: label('接班时间', 'Accepted at'),
              admin: dayAndTime,
            }),
          ],
        },
        {
          type: 'row',
          fields: [
            ...signOff('refused', label('拒收', 'Refused')),
            serverSet({
              name: 'refusalReason',
              type: 'text',
              maxLength: 500,
              label: label('拒收原因', 'Reason for refusal'),
            }),
          ],
        },
        {
          type: 'row',
          fields: [
            ...signOff('countersigned', label('带班员签字', 'Countersigned'), {
              by: { label: label('带班员', 'Shift leader') },
            }),
            serverSet({
              name: 'countersignNote',
              type: 'text',
              maxLength: 500,
              label: label('带班员意见', 'Shift leader’s note'),
            }),
          ],
        },
        {
          type: 'row',
          fields: [
            ...signOff('reviewed', label('审核', 'Reviewed'), {
              by: { label: label('审核经理', 'Reviewed by') },
            }),
            serverSet({
              name: 'reviewNote',
              type: 'text',
              maxLength: 500,
              label: label('审核意见', 'Review note'),
            }),
          ],
        },
      ],
    },
  ],
}

/** Set by the server only: the shift's window and key, the handover and its sign-offs. */
export const SHIFT_LOG_SERVER_FIELDS = serverFieldsOf(ShiftLogs.fields)
