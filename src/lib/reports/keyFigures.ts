import type { ComplaintStatistics } from './complaintStatistics'

/** One line of the key figures: what the table (xlsx) and the printed report both show. */
export type KeyFigure = {
  name: string
  count: number
  base?: number
  /** What the base counts when it is not complaints: 户 (households). */
  baseUnit?: string
  rate?: number | null
  target?: string
  met?: boolean
  note?: string
}

const abc = (v: { A: number; B: number; C: number }) => `回访 A${v.A} B${v.B} C${v.C}`

/**
 * 客户月投诉统计表 → 总体指标, in the order printed: each figure with its parts, and its target
 * from office settings where it has one. The xlsx and the PDF render these lines, never their own.
 */
export const monthlyKeyFigures = (s: ComplaintStatistics): KeyFigure[] => [
  { name: '登记总数（含咨询、建议、求助）', count: s.registered },
  { name: '投诉件数', count: s.complaints },
  {
    name: '当天核实率',
    count: s.verification.onTime,
    base: s.verification.of,
    rate: s.verification.rate,
  },
  {
    name: '24小时内解决率',
    count: s.resolution.within24h,
    base: s.resolution.of,
    rate: s.resolution.rate,
    target: `≥ ${s.resolution.target}%`,
    met: s.resolution.met,
  },
  {
    name: '按期办结率（处理单限期）',
    count: s.onTime.onTime,
    base: s.onTime.of,
    rate: s.onTime.rate,
  },
  {
    name: '投诉回访率',
    count: s.returnVisits.recorded,
    base: s.returnVisits.required,
    rate: s.returnVisits.rate,
    target: `${s.returnVisits.target}%`,
    met: s.returnVisits.met,
  },
  {
    name: '投诉处理满意率（按户）',
    count: s.satisfaction.satisfied,
    base: s.satisfaction.households,
    baseUnit: '户',
    rate: s.satisfaction.rate,
    target: `≥ ${s.satisfaction.target}%`,
    met: s.satisfaction.met,
    note: `${abc(s.satisfaction.visits)}；仅投诉回访`,
  },
  {
    name: '维修回访满意率（按户）',
    count: s.repairSatisfaction.satisfied,
    base: s.repairSatisfaction.households,
    baseUnit: '户',
    rate: s.repairSatisfaction.rate,
    target: `≥ ${s.repairSatisfaction.target}%`,
    met: s.repairSatisfaction.met,
    note: abc(s.repairSatisfaction.visits),
  },
  {
    name: '有效投诉（属实）',
    count: s.validComplaints.substantiated,
    note: `不属实 ${s.validComplaints.unsubstantiated}，未定 ${s.validComplaints.undecided}`,
  },
  {
    name: '有效投诉占户数比（本月）',
    count: s.validComplaints.substantiated,
    base: s.validComplaints.households,
    baseUnit: '户',
    rate: s.validComplaints.rate,
    target: `< ${s.validComplaints.target}%`,
    met: s.validComplaints.met,
    note: '基数为入住户数',
  },
  {
    name: '有效投诉占户数比（近12个月）',
    count: s.validComplaints.year.substantiated,
    base: s.validComplaints.households,
    baseUnit: '户',
    rate: s.validComplaints.year.rate,
    target: `< ${s.validComplaints.target}%`,
    met: s.validComplaints.year.met,
  },
]
