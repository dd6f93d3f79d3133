import { formatLocal } from '../time'

import { CATEGORY_LABELS, DEPARTMENTS } from './categories'
import type { ComplaintCategory } from './categories'
import type { Breach } from './deadlines'

export type ComplaintSummary = {
  number: string
  unitCode: string
  category: string
  /** The category's name as the office keeps it (renamed, or added), when known. */
  categoryName?: string | null
  descriptionText: string
  registeredAt: string
  severity: string
  resolveDueAt?: string | null
  handlingDeadline?: string | null
  department?: string | null
  handlerName?: string | null
}

const categoryName = (c: ComplaintSummary) =>
  c.categoryName || (CATEGORY_LABELS[c.category as ComplaintCategory]?.zh ?? c.category)

const lines = (c: ComplaintSummary, timeZone: string) => [
  `投诉编号 Number: ${c.number}`,
  `房号 Unit: ${c.unitCode}`,
  `类别 Category: ${categoryName(c)} (${c.category})`,
  `登记时间 Registered: ${formatLocal(c.registeredAt, timeZone)}`,
  '',
  '投诉内容 Description:',
  c.descriptionText,
]

/** 重大投诉即时报告: to every property manager and the director. */
export const majorComplaintEmail = (c: ComplaintSummary, timeZone: string) => ({
  subject: `【重大投诉】${c.number} ${c.unitCode} ${categoryName(c)} / Major complaint`,
  text: [
    '一宗重大投诉已登记，请即时跟进（五清楚一报告）。',
    'A major complaint has been registered and is reported at once.',
    '',
    ...lines(c, timeZone),
  ].join('\n'),
})

/** 投诉处理单: to the handler it was dispatched to. */
export const dispatchEmail = (c: ComplaintSummary, timeZone: string) => ({
  subject: `【投诉处理单】${c.number} ${c.unitCode} 请于 ${formatLocal(c.handlingDeadline, timeZone)} 前处理`,
  text: [
    `${c.handlerName ?? ''}：`,
    `以下投诉已派至${DEPARTMENTS[c.department as keyof typeof DEPARTMENTS]?.zh ?? c.department ?? ''}，由您负责处理。`,
    `A complaint has been dispatched to you. Deadline: ${formatLocal(c.handlingDeadline, timeZone)}.`,
    '',
    ...lines(c, timeZone),
  ].join('\n'),
})

const BREACH_TEXT: Record<Breach, { zh: string; en: string }> = {
  verification: { zh: '未在当天完成调查核实', en: 'was not verified on the day it was registered' },
  resolution: { zh: '已超过处理时限', en: 'has passed its resolution deadline' },
}

/** 超时提醒: to the handler and their manager, once per breach. */
export const breachEmail = (c: ComplaintSummary, breach: Breach, timeZone: string) => ({
  subject: `【投诉超时】${c.number} ${BREACH_TEXT[breach].zh} / Overdue complaint`,
  text: [
    `投诉 ${c.number} ${BREACH_TEXT[breach].zh}。`,
    `Complaint ${c.number} ${BREACH_TEXT[breach].en}.`,
    c.resolveDueAt ? `处理时限 Due: ${formatLocal(c.resolveDueAt, timeZone)}` : '',
    '',
    ...lines(c, timeZone),
  ].join('\n'),
})
