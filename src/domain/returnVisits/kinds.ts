/**
 * The kinds of return visit (DOMAIN.md → Return visits; 002 篇1, 篇3, 篇4; 000 §2; 001 客服部 回访).
 * Complaint and repair visits follow a case; the others are planned (visit plans) or made after a
 * service or an event.
 */
export const VISIT_KINDS = {
  complaint: { zh: '投诉回访', en: 'After a complaint' },
  repair: { zh: '维修回访', en: 'After a repair' },
  service: { zh: '其他服务回访', en: 'After another service' },
  event: { zh: '特别事件回访', en: 'After a special event' },
  periodic: { zh: '定期走访', en: 'Periodic household visit' },
  departmental: { zh: '职能部门抽访', en: 'Departmental sample' },
  survey: { zh: '综合问卷调查', en: 'Comprehensive survey' },
} as const
export type VisitKind = keyof typeof VISIT_KINDS

/**
 * The 13 aspects of the comprehensive survey (002 篇3), each rated A/B/C. The last, 综合评议, is
 * the overall rating; per-item and overall rates are (A + B) / questionnaires returned × 100%.
 */
export const SURVEY_ASPECTS = {
  service: { zh: '服务/投诉处理', en: 'Service / complaint handling' },
  equipment: { zh: '设备', en: 'Equipment' },
  repairs: { zh: '房屋维修', en: 'Repairs' },
  security: { zh: '安全', en: 'Security' },
  fire: { zh: '消防', en: 'Fire safety' },
  cleaning: { zh: '清洁', en: 'Cleaning' },
  greenery: { zh: '绿化', en: 'Landscaping' },
  parking: { zh: '停车场', en: 'Car park' },
  clubhouse: { zh: '会所', en: 'Clubhouse' },
  efficiency: { zh: '员工效率', en: 'Staff efficiency' },
  attitude: { zh: '员工态度', en: 'Staff attitude' },
  courtesy: { zh: '文明应变', en: 'Courtesy under pressure' },
  overall: { zh: '综合评议', en: 'Overall' },
} as const
export type SurveyAspect = keyof typeof SURVEY_ASPECTS
export const SURVEY_ASPECT_KEYS = Object.keys(SURVEY_ASPECTS) as SurveyAspect[]

/** The kind a visit has from its subject when none was given. */
export const kindFromSubject = (data: {
  kind?: string | null
  complaint?: unknown
  workOrder?: unknown
}): VisitKind | null => {
  if (data.kind && data.kind in VISIT_KINDS) return data.kind as VisitKind
  if (data.complaint) return 'complaint'
  if (data.workOrder) return 'repair'
  return null
}
