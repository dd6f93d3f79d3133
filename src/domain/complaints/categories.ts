/**
 * Complaint categories from DOMAIN.md: the general ones (一般投诉) and the major / emergency ones
 * (重大投诉 / 突发事件), which are major by their nature.
 */
export const GENERAL_CATEGORIES = {
  'renovation-noise': { zh: '装修噪音', en: 'Renovation noise' },
  'public-facilities': { zh: '公共设施损坏', en: 'Broken public facilities' },
  'in-unit-repair': { zh: '户内维修', en: 'In-unit repair' },
  'lost-mail': { zh: '邮件报刊丢失', en: 'Lost mail or papers' },
  'cleaning-greenery': { zh: '清洁绿化', en: 'Cleaning and greenery' },
  pests: { zh: '虫鼠害', en: 'Pests' },
  'office-service': { zh: '服务态度与质量', en: 'Service of the office' },
  parking: { zh: '停车管理', en: 'Parking' },
  security: { zh: '秩序维护', en: 'Security and order' },
  fees: { zh: '收费问题', en: 'Fees' },
  other: { zh: '其他', en: 'Other' },
} as const

export const EMERGENCY_CATEGORIES = {
  fire: { zh: '火灾', en: 'Fire' },
  'lift-entrapment': { zh: '电梯困人', en: 'People trapped in a lift' },
  explosion: { zh: '爆炸', en: 'Explosion' },
  'power-cut': { zh: '突然停电', en: 'Sudden power cut' },
  flooding: { zh: '水浸', en: 'Flooding' },
  'theft-crime': { zh: '盗窃及刑事案件', en: 'Theft or crime' },
  'main-plant-failure': {
    zh: '主要设备故障（中央空调、发电机、高低压配电、通讯）',
    en: 'Main plant failure',
  },
  'structural-damage': { zh: '建筑结构损坏', en: 'Structural damage' },
} as const

export type GeneralCategory = keyof typeof GENERAL_CATEGORIES
export type EmergencyCategory = keyof typeof EMERGENCY_CATEGORIES
export type ComplaintCategory = GeneralCategory | EmergencyCategory

export const CATEGORY_LABELS: Record<ComplaintCategory, { zh: string; en: string }> = {
  ...GENERAL_CATEGORIES,
  ...EMERGENCY_CATEGORIES,
}

export const COMPLAINT_CATEGORIES = Object.keys(CATEGORY_LABELS) as ComplaintCategory[]

export const isEmergencyCategory = (category: string): category is EmergencyCategory =>
  Object.hasOwn(EMERGENCY_CATEGORIES, category)

export const isComplaintCategory = (category: unknown): category is ComplaintCategory =>
  typeof category === 'string' && Object.hasOwn(CATEGORY_LABELS, category)

export const COMPLAINT_KINDS = {
  complaint: { zh: '投诉', en: 'Complaint' },
  enquiry: { zh: '咨询', en: 'Enquiry' },
  suggestion: { zh: '建议', en: 'Suggestion' },
  help: { zh: '求助', en: 'Help request' },
} as const

export const COMPLAINT_CHANNELS = {
  visit: { zh: '来访', en: 'Visit' },
  phone: { zh: '来电', en: 'Phone' },
  letter: { zh: '来函', en: 'Letter' },
  email: { zh: '电子邮件', en: 'Email' },
  online: { zh: '网上', en: 'Online' },
} as const

export const DEPARTMENTS = {
  'customer-service': { zh: '客服部', en: 'Customer service' },
  engineering: { zh: '工程部', en: 'Engineering' },
  security: { zh: '秩序维护部', en: 'Security' },
  cleaning: { zh: '环境部（清洁绿化）', en: 'Cleaning and greenery' },
  management: { zh: '物业中心领导', en: 'Management' },
  finance: { zh: '财务部', en: 'Finance' },
} as const

/**
 * A complaint category as the office keeps it (`complaint-categories`): complaints store its code;
 * an emergency category makes a complaint major by rule; a retired one takes no new complaints.
 */
export type ComplaintCategoryData = {
  code: string
  name: { zh: string; en: string }
  emergency: boolean
  retired: boolean
  order: number
}

/** A category's code: lower-case letters, digits and dashes (complaints store it). */
export const CATEGORY_CODE = /^[a-z0-9][a-z0-9-]{0,31}$/

/** The categories of DOMAIN.md, the office's data until it defines its own (and the seed). */
export const DEFAULT_COMPLAINT_CATEGORIES: readonly ComplaintCategoryData[] =
  COMPLAINT_CATEGORIES.map((code, index) => ({
    code,
    name: CATEGORY_LABELS[code],
    emergency: isEmergencyCategory(code),
    retired: false,
    order: (index + 1) * 10,
  }))

/** Why a category cannot be deleted: complaints or incidents name it. Retire it instead. */
export const categoryDeletionProblem = (recordsUsingIt: number): string | null =>
  recordsUsingIt > 0
    ? `该类别已被 ${recordsUsingIt} 条投诉记录使用，不能删除，请改为停用 / The category is used by ${recordsUsingIt} records: retire it instead of deleting it`
    : null
