import { RATINGS, VISIT_METHODS } from '@/domain/complaints/returnVisits'
import type { VisitCounts } from '@/domain/returnVisits/figures'
import { SURVEY_ASPECTS, SURVEY_ASPECT_KEYS, VISIT_KINDS } from '@/domain/returnVisits/kinds'
import { formatLocal } from '@/domain/time'
import type { ReturnVisitReport } from '@/lib/reports/returnVisitReport'
import type { ReturnVisitStatistics } from '@/lib/reports/returnVisitStatistics'

import { createForm, field, formSignatures, heading, table, toBuffer } from './pdfKit'
import type { Letterhead } from './pdfKit'

const pct = (value: number | null | undefined) =>
  value === null || value === undefined ? '—' : `${value}%`
const verdict = (met: boolean) => (met ? '达标' : '未达标')
const zh = <T extends Record<string, { zh: string }>>(map: T, key: string | null | undefined) =>
  key ? (map[key as keyof T]?.zh ?? key) : ''
const kindName = (key: string) => (key === '(none)' ? '未分类' : zh(VISIT_KINDS, key))
const methodName = (key: string) => (key === '(none)' ? '未填写' : zh(VISIT_METHODS, key))

/** One visit as 回访记录表 prints it: relationships already named. */
export type PrintableVisit = {
  id: number | string
  kind: string | null
  subject: string | null
  household: string | null
  status: string
  assigneeName: string | null
  dueFrom: string | null
  dueBy: string | null
  method: string | null
  answeredBy: string | null
  attempts: ReadonlyArray<{ at: string; reached: boolean; note: string | null }>
  unreachable: boolean
  quality: string | null
  effect: string | null
  overall: string | null
  solved: boolean | null
  aspects: Partial<Record<string, string | null>>
  shortcomings: string | null
  suggestions: string | null
  residentWords: string | null
  recordedAt: string | null
  recordedByName: string | null
}

const ANSWERED_BY: Record<string, string> = {
  resident: '住户本人',
  'staff-on-behalf': '工作人员代记录',
}

/** 回访记录表: one visit — who, when, how, the ratings, the resident's words. */
export const renderVisitRecord = async (
  v: PrintableVisit,
  head: Letterhead,
  timeZone: string,
): Promise<Buffer> => {
  const when = (iso: string | null) => (iso ? formatLocal(new Date(iso), timeZone) : '')
  const doc = createForm('returnVisitRecord', head, `回访 No. ${v.id}`)
  heading(doc, '一、回访安排 The visit')
  field(doc, '回访类别', kindName(v.kind ?? '(none)'))
  field(doc, '回访事由', v.subject)
  field(doc, '住户（户）', v.household)
  field(doc, '回访人', v.assigneeName)
  field(doc, '回访期限', [when(v.dueFrom), when(v.dueBy)].filter(Boolean).join(' 至 '))
  field(doc, '回访方式', v.method ? methodName(v.method) : null)
  field(doc, '状态', v.status === 'done' ? '已回访' : v.unreachable ? '无法联系' : '待回访')
  if (v.attempts.length > 0) {
    heading(doc, '二、联系记录 Attempts')
    table(
      doc,
      [
        ['时间', 140],
        ['结果', 80],
        ['说明', 275],
      ],
      v.attempts.map((a) => [when(a.at), a.reached ? '已联系上' : '未联系上', a.note ?? '']),
    )
  }
  heading(doc, `${v.attempts.length > 0 ? '三' : '二'}、回访结果 What the resident said`)
  field(doc, '答复人', v.answeredBy ? (ANSWERED_BY[v.answeredBy] ?? v.answeredBy) : null)
  table(
    doc,
    [
      ['服务质量', 124],
      ['服务效果', 124],
      ['综合评价', 124],
      ['问题是否解决', 123],
    ],
    [
      [
        zh(RATINGS, v.quality),
        zh(RATINGS, v.effect),
        zh(RATINGS, v.overall),
        v.solved === null || !(v.kind === 'complaint' || v.kind === 'repair')
          ? ''
          : v.solved
            ? '已解决'
            : '未解决',
      ],
    ],
  )
  const aspects = SURVEY_ASPECT_KEYS.filter((a) => v.aspects[a])
  if (v.kind === 'survey' || aspects.length > 0) {
    // The 13 items side by side, two to a row, as the paper questionnaire lays them out.
    const half = Math.ceil(SURVEY_ASPECT_KEYS.length / 2)
    const cell = (a: (typeof SURVEY_ASPECT_KEYS)[number] | undefined) =>
      a ? [SURVEY_ASPECTS[a].zh, zh(RATINGS, v.aspects[a] ?? null)] : ['', '']
    table(
      doc,
      [
        ['问卷项目（002 篇3）', 140],
        ['评价', 107],
        ['问卷项目', 140],
        ['评价', 108],
      ],
      SURVEY_ASPECT_KEYS.slice(0, half).map((a, i) => [
        ...cell(a),
        ...cell(SURVEY_ASPECT_KEYS[half + i]),
      ]),
    )
  }
  field(doc, '存在不足', v.shortcomings)
  field(doc, '意见建议', v.suggestions)
  field(doc, '住户原话', v.residentWords)
  field(doc, '记录', v.recordedAt ? `${when(v.recordedAt)} ${v.recordedByName ?? ''}`.trim() : null)
  formSignatures(doc, 'returnVisitRecord')
  return toBuffer(doc)
}

const COUNT_COLUMNS: ReadonlyArray<readonly [string, number]> = [
  ['应回访', 56],
  ['已回访', 56],
  ['A 满意', 56],
  ['B 一般', 56],
  ['C 不满意', 56],
  ['满意率', 60],
  ['按时回访', 60],
  ['按时率', 56],
  ['无法联系', 56],
  ['未回访', 56],
  ['逾期', 52],
]

const countCells = (c: VisitCounts) => [
  c.due,
  c.recorded,
  c.A,
  c.B,
  c.C,
  pct(c.satisfactionRate),
  c.onTime,
  pct(c.onTimeRate),
  c.unreachable,
  c.outstanding,
  c.overdue,
]

/** 回访统计表: the month's visits by kind, method and assignee, and the written survey. */
export const renderVisitStatistics = async (
  s: ReturnVisitStatistics,
  head: Letterhead,
): Promise<Buffer> => {
  const doc = createForm('returnVisitStatistics', head, `统计月份 ${s.period}`)
  const section = (title: string, first: string, rows: Array<[string, VisitCounts]>) => {
    heading(doc, title)
    table(
      doc,
      [[first, 120], ...COUNT_COLUMNS],
      [...rows.map(([name, c]) => [name, ...countCells(c)]), ['合计', ...countCells(s.total)]],
    )
  }
  section(
    '一、按回访类别 By kind',
    '回访类别',
    s.byKind.map((k) => [kindName(k.kind), k]),
  )
  section(
    '二、按回访方式 By method',
    '回访方式',
    s.byMethod.map((m) => [methodName(m.method), m]),
  )
  section(
    '三、按回访人 By assignee',
    '回访人',
    s.byAssignee.map((a) => [a.assignee === '(none)' ? '未指派' : (a.name ?? a.assignee), a]),
  )
  heading(doc, '四、综合问卷 Written survey')
  doc
    .font('cjk')
    .fontSize(10)
    .text(
      `发放问卷 ${s.survey.issued} 份，回收 ${s.survey.returned} 份，回收率 ${pct(s.survey.returnRate)}；` +
        `综合评议满意率 ${pct(s.survey.overall.rate)}（合格线 ${s.survey.overall.target}%，` +
        `${verdict(s.survey.overall.met)}）。满意率 =（A + B）÷ 回收问卷数 × 100%。`,
    )
  doc.moveDown(0.4)
  // The 13 items across the page (landscape), the ratings down: the table fits beside the rest.
  const items = s.survey.items
  table(
    doc,
    [['项目', 87], ...items.map((i) => [SURVEY_ASPECTS[i.aspect].zh, 50] as const)],
    [
      ['A 满意', ...items.map((i) => i.A)],
      ['B 一般满意', ...items.map((i) => i.B)],
      ['C 不满意', ...items.map((i) => i.C)],
      ['满意率', ...items.map((i) => pct(i.rate))],
    ],
  )
  formSignatures(doc, 'returnVisitStatistics')
  return toBuffer(doc)
}

/** 回访报告表: the month's rates against their pass marks, shortcomings raised, follow-ups. */
export const renderVisitReport = async (
  r: ReturnVisitReport,
  head: Letterhead,
  timeZone: string,
): Promise<Buffer> => {
  const s = r.statistics
  const doc = createForm('returnVisitReport', head, `报告月份 ${s.period}`)
  heading(doc, '一、满意率与目标 Rates against targets')
  const sat = (name: string, f: (typeof s.satisfaction)['complaint'], rule: string) => [
    name,
    `${pct(f.rate)}（${f.satisfied}/${f.households} 户）`,
    `${f.target}%`,
    verdict(f.met),
    rule,
  ]
  table(
    doc,
    [
      ['指标', 120],
      ['数值', 110],
      ['合格线', 50],
      ['结论', 45],
      ['口径', 170],
    ],
    [
      sat('投诉处理满意率', s.satisfaction.complaint, '满意及一般满意户数 ÷ 投诉回访户数'),
      sat('职能部门满意率', s.satisfaction.departmental, '满意户数 ÷ 抽访户数'),
      sat('维修回访满意率', s.satisfaction.repair, '满意户数 ÷ 维修回访户数'),
      [
        '综合评议满意率',
        `${pct(s.survey.overall.rate)}（回收 ${s.survey.returned} 份）`,
        `${s.survey.overall.target}%`,
        verdict(s.survey.overall.met),
        '（A + B）÷ 回收问卷数',
      ],
      [
        '问卷回收率',
        `${pct(s.survey.returnRate)}（${s.survey.returned}/${s.survey.issued} 份）`,
        '',
        '',
        '回收 ÷ 发放',
      ],
      [
        '回访完成',
        `${s.total.recorded} 次（应回访 ${s.total.due}，未回访 ${s.total.outstanding}）`,
        '',
        '',
        `逾期 ${s.total.overdue}，无法联系 ${s.total.unreachable}`,
      ],
    ],
  )
  heading(doc, '二、各类回访 By kind')
  table(
    doc,
    [
      ['回访类别', 120],
      ['应回访', 60],
      ['已回访', 60],
      ['满意率（按次）', 90],
      ['按时率', 60],
      ['无法联系', 50],
      ['逾期', 55],
    ],
    s.byKind
      .filter((k) => k.due + k.recorded > 0)
      .map((k) => [
        kindName(k.kind),
        k.due,
        k.recorded,
        pct(k.satisfactionRate),
        pct(k.onTimeRate),
        k.unreachable,
        k.overdue,
      ]),
  )
  heading(doc, '三、存在不足与意见 Shortcomings raised')
  if (r.shortcomings.items.length === 0) doc.font('cjk').fontSize(10).text('本月无。')
  else
    table(
      doc,
      [
        ['日期', 75],
        ['类别', 75],
        ['住户', 75],
        ['存在不足 / 意见建议', 270],
      ],
      r.shortcomings.items.map((i) => [
        i.recordedAt ? formatLocal(new Date(i.recordedAt), timeZone).slice(0, 10) : '',
        kindName(i.kind ?? '(none)'),
        i.household ?? '',
        [i.shortcomings, i.suggestions].filter(Boolean).join('；建议：'),
      ]),
    )
  if (r.shortcomings.total > r.shortcomings.items.length) {
    doc.text(`（共 ${r.shortcomings.total} 条，列出前 ${r.shortcomings.items.length} 条）`)
  }
  heading(doc, '四、跟进事项 Follow-ups')
  if (r.followUps.items.length === 0) doc.font('cjk').fontSize(10).text('本月无。')
  else
    table(
      doc,
      [
        ['事项', 215],
        ['负责人', 80],
        ['期限', 110],
        ['状态', 90],
      ],
      r.followUps.items.map((f) => [
        f.title,
        f.owner ?? '',
        formatLocal(new Date(f.deadline), timeZone),
        f.status === 'done' ? '已完成' : f.overdue ? '逾期' : '跟进中',
      ]),
    )
  formSignatures(doc, 'returnVisitReport')
  return toBuffer(doc)
}
