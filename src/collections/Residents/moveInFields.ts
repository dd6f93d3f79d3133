import type { Field } from 'payload'

import { KEY_KINDS } from '@/domain/keys/register'
import { moveInStep } from '@/fields/moveInStep'
import { label, option, optionsFrom } from '@/i18n/label'
import { slugs } from '@/slugs'

const note: Field = { name: 'note', type: 'text', maxLength: 500, label: label('备注', 'Note') }

/** A list of keys: which kind, how many (钥匙交接单 / 钥匙托管书). */
const keyList = (name: string, zh: string, en: string): Field => ({
  name,
  type: 'array',
  label: label(zh, en),
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          type: 'select',
          required: true,
          options: optionsFrom(KEY_KINDS),
          label: label('种类', 'Kind'),
        },
        { name: 'count', type: 'number', required: true, min: 1, label: label('数量', 'How many') },
      ],
    },
  ],
})

/**
 * The move-in record (入住手续) on the resident's archive: each step signed by the member of
 * staff who took it and dated (`moveInStep`), with what the paper form records. Written only by the
 * move-in actions (`src/domain/moveIn/workflow.ts`).
 */
export const moveInFields: Field[] = [
  moveInStep({
    name: 'registrationForm',
    zh: '业主基本信息登记表',
    en: 'Registration form',
    fields: [note],
  }),
  moveInStep({
    name: 'serviceAgreement',
    zh: '前期物业服务协议',
    en: 'Service agreement',
    fields: [
      {
        name: 'agreementNo',
        type: 'text',
        maxLength: 100,
        label: label('协议编号', 'Agreement no.'),
      },
      note,
    ],
  }),
  moveInStep({
    name: 'handbook',
    zh: '业主手册及装修守则',
    en: 'Owner handbook and renovation rules',
    fields: [note],
  }),
  moveInStep({
    name: 'fees',
    zh: '收取费用',
    en: 'Fees collected',
    fields: [
      { name: 'amount', type: 'number', min: 0, label: label('金额（元）', 'Amount (yuan)') },
      { name: 'receiptNo', type: 'text', maxLength: 100, label: label('收据号', 'Receipt no.') },
      note,
    ],
  }),
  moveInStep({
    name: 'jointInspection',
    zh: '房屋验收',
    en: 'Joint house inspection',
    fields: [
      {
        name: 'developerRep',
        type: 'text',
        maxLength: 100,
        label: label('开发商代表', 'Developer’s representative'),
      },
      {
        name: 'items',
        type: 'array',
        label: label('验收项目', 'Items inspected'),
        fields: [
          {
            type: 'row',
            fields: [
              {
                name: 'item',
                type: 'text',
                maxLength: 200,
                required: true,
                label: label('项目', 'Item'),
              },
              { name: 'passed', type: 'checkbox', label: label('合格', 'Passed') },
              { name: 'note', type: 'text', maxLength: 500, label: label('说明', 'Note') },
            ],
          },
        ],
      },
      {
        name: 'defects',
        type: 'array',
        label: label('须开发商整改的缺陷', 'Defects for the developer'),
        fields: [
          {
            type: 'row',
            fields: [
              {
                name: 'description',
                type: 'text',
                maxLength: 500,
                required: true,
                label: label('缺陷', 'Defect'),
              },
              { name: 'location', type: 'text', maxLength: 200, label: label('部位', 'Where') },
              { name: 'deadline', type: 'date', label: label('整改期限', 'Repair due') },
              {
                name: 'followUp',
                type: 'relationship',
                relationTo: slugs.followUps,
                label: label('跟进事项', 'Follow-up'),
              },
            ],
          },
        ],
      },
      note,
    ],
  }),
  moveInStep({
    name: 'keys',
    zh: '钥匙交接 / 托管',
    en: 'Keys',
    fields: [
      {
        name: 'arrangement',
        type: 'select',
        label: label('方式', 'Arrangement'),
        options: [
          option('handed-over', '钥匙交接单', 'Handed over'),
          option('custody', '钥匙托管书', 'Held in custody'),
        ],
      },
      keyList('handedOverKeys', '交接钥匙', 'Keys handed over'),
      { name: 'recipient', type: 'text', maxLength: 100, label: label('领取人', 'Received by') },
      { name: 'fromCustody', type: 'checkbox', label: label('托管后交接', 'After custody') },
      keyList('custodyKeys', '托管钥匙', 'Keys held in custody'),
      { name: 'location', type: 'text', maxLength: 100, label: label('存放位置', 'Kept where') },
      { name: 'reason', type: 'text', maxLength: 500, label: label('托管原因', 'Why held') },
      { name: 'custodyAt', type: 'date', label: label('托管日期', 'Taken into custody') },
      {
        name: 'custodyBy',
        type: 'relationship',
        relationTo: slugs.users,
        label: label('托管经办人', 'Custody signed by'),
      },
      note,
    ],
  }),
  moveInStep({
    name: 'cards',
    zh: '水电气卡',
    en: 'Water, power and gas cards',
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'water', type: 'text', maxLength: 100, label: label('水卡号', 'Water card') },
          { name: 'power', type: 'text', maxLength: 100, label: label('电卡号', 'Power card') },
          { name: 'gas', type: 'text', maxLength: 100, label: label('气卡号', 'Gas card') },
        ],
      },
      note,
    ],
  }),
  {
    name: 'status',
    type: 'select',
    defaultValue: 'not-started',
    index: true,
    label: label('入住状态', 'Move-in status'),
    options: [
      option('not-started', '未办理', 'Not started'),
      option('in-progress', '办理中', 'In progress'),
      option('keys-in-custody', '钥匙托管中', 'Keys in custody'),
      option('completed', '已完成', 'Completed'),
    ],
  },
]
