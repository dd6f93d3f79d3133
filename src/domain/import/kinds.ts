/**
 * What each kind of import reads: its columns, with the Chinese header the template prints and
 * the sheet must carry, the field each fills, how a cell is read, and whether the column is
 * confidential (residents' phone and ID number: only roles that may read them may import them).
 * The select choices are the collections' own (their value, or their Chinese label as the
 * template's drop-down lists offer); test/unit/import.test.ts keeps them in step.
 */
export const IMPORT_KINDS = ['units', 'residents', 'price-list'] as const
export type ImportKind = (typeof IMPORT_KINDS)[number]

export const isImportKind = (value: unknown): value is ImportKind =>
  typeof value === 'string' && (IMPORT_KINDS as readonly string[]).includes(value)

/** Rows one import takes at most: an estate's units or residents fit many times over. */
export const MAX_IMPORT_ROWS = 10_000

export type Choice = { value: string; label: string }

export type CellType =
  | 'text'
  | 'integer'
  | 'positive'
  | 'money'
  | 'choice'
  | 'date'
  | 'yesNo'
  | 'phone'
  | 'idNumber'
  | 'email'

export type ImportColumn = {
  /** The field of the parsed record. */
  key: string
  /** The header, as the template prints it and the sheet must carry it. */
  header: string
  type: CellType
  required?: boolean
  choices?: readonly Choice[]
  confidential?: boolean
  maxLength?: number
  /** The template's example row. */
  example: string | number
}

const choice = (value: string, label: string): Choice => ({ value, label })

export const UNIT_USE_CHOICES = [
  choice('residential', '住宅'),
  choice('commercial', '商铺'),
  choice('office', '写字楼'),
]
export const UNIT_STATUS_CHOICES = [
  choice('vacant', '空置'),
  choice('occupied', '已入住'),
  choice('renovating', '装修中'),
  choice('developer-repair', '开发商维修中'),
]
export const RESIDENT_KIND_CHOICES = [
  choice('owner', '业主'),
  choice('tenant', '租户'),
  choice('commercial-tenant', '商户'),
]
export const ID_TYPE_CHOICES = [
  choice('mainland-id', '居民身份证'),
  choice('hk-macao-taiwan', '港澳台通行证'),
  choice('passport', '护照'),
  choice('other', '其他'),
]
export const COMPANY_TYPE_CHOICES = [
  choice('retail', '零售'),
  choice('catering', '餐饮'),
  choice('services', '生活服务'),
  choice('office', '办公'),
  choice('other', '其他'),
]

export const IMPORT_COLUMNS: Record<ImportKind, readonly ImportColumn[]> = {
  units: [
    { key: 'estate', header: '小区/项目', type: 'text', maxLength: 100, example: '翠湖花园' },
    {
      key: 'building',
      header: '楼栋',
      type: 'text',
      required: true,
      maxLength: 100,
      example: '3栋',
    },
    { key: 'floor', header: '楼层', type: 'integer', required: true, example: 12 },
    {
      key: 'number',
      header: '房号',
      type: 'text',
      required: true,
      maxLength: 100,
      example: '1203',
    },
    { key: 'area', header: '建筑面积(m²)', type: 'positive', required: true, example: 89.5 },
    { key: 'use', header: '用途', type: 'choice', choices: UNIT_USE_CHOICES, example: '住宅' },
    {
      key: 'status',
      header: '状态',
      type: 'choice',
      choices: UNIT_STATUS_CHOICES,
      example: '空置',
    },
  ],
  residents: [
    {
      key: 'kind',
      header: '类别',
      type: 'choice',
      required: true,
      choices: RESIDENT_KIND_CHOICES,
      example: '业主',
    },
    { key: 'name', header: '姓名', type: 'text', required: true, maxLength: 100, example: '张伟' },
    {
      key: 'building',
      header: '楼栋',
      type: 'text',
      required: true,
      maxLength: 100,
      example: '3栋',
    },
    {
      key: 'unitNumber',
      header: '房号',
      type: 'text',
      required: true,
      maxLength: 100,
      example: '1203',
    },
    { key: 'phone', header: '电话', type: 'phone', confidential: true, example: '13800138000' },
    {
      key: 'idType',
      header: '证件类型',
      type: 'choice',
      choices: ID_TYPE_CHOICES,
      confidential: true,
      example: '居民身份证',
    },
    {
      key: 'idNumber',
      header: '证件号码',
      type: 'idNumber',
      confidential: true,
      example: '11010519491231002X',
    },
    { key: 'email', header: '邮箱', type: 'email', example: 'zhangwei@example.com' },
    { key: 'companyName', header: '公司名称', type: 'text', maxLength: 100, example: '' },
    {
      key: 'companyType',
      header: '经营类别',
      type: 'choice',
      choices: COMPANY_TYPE_CHOICES,
      example: '',
    },
    { key: 'archiveNo', header: '档案号', type: 'text', maxLength: 100, example: 'DA-3-1203' },
    { key: 'notes', header: '备注', type: 'text', maxLength: 5000, example: '' },
  ],
  'price-list': [
    {
      key: 'item',
      header: '项目',
      type: 'text',
      required: true,
      maxLength: 100,
      example: '更换水龙头',
    },
    { key: 'unit', header: '单位', type: 'text', maxLength: 100, example: '个' },
    { key: 'price', header: '价格(元)', type: 'money', required: true, example: 30 },
    { key: 'effectiveDate', header: '生效日期', type: 'date', example: '2026-01-01' },
    { key: 'active', header: '在用', type: 'yesNo', example: '是' },
    { key: 'notes', header: '说明', type: 'text', maxLength: 5000, example: '不含材料费' },
  ],
}

/** What each kind is called in the admin and in messages. */
export const IMPORT_KIND_LABELS: Record<ImportKind, string> = {
  units: '房屋',
  residents: '住户',
  'price-list': '有偿服务价目表',
}

/** The choices a yes/no cell takes, as the template's drop-down offers them. */
export const YES_NO_CHOICES = [choice('true', '是'), choice('false', '否')]
