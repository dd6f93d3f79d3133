/**
 * The office's reports as tables (TableReport): one pure function per report, from the figures
 * the statistics functions return, so that the xlsx and the JSON show the same numbers. Rates are
 * stored as fractions (60% → 0.6) in percent-formatted cells.
 */
import { COMPLAINT_CHANNELS, COMPLAINT_KINDS } from '@/domain/complaints/categories'
import type { HeadedDepartment } from '@/domain/designations'
import { HEADED_DEPARTMENTS } from '@/domain/designations'
import type { CellValue, TableColumn, TableReport } from '@/domain/tableReport'
import { REPAIR_CATEGORIES, WORK_ORDER_STATUSES } from '@/domain/workOrders/rules'
import type { StaffAppraisal } from '@/lib/reports/appraisal'
import type { ComplaintStatistics } from '@/lib/reports/complaintStatistics'
import { monthlyKeyFigures } from '@/lib/reports/keyFigures'
import type { DispatchRow, workOrderSummary } from '@/lib/reports/workOrderReports'
import { localWallClock } from '@/lib/xlsx/exportColumns'

const fraction = (rate: number | null) => (rate === null ? null : rate / 100)
const verdict = (met: boolean) => (met ? '达标' : '未达标')

/** An instant as the office's wall clock (Excel dates carry no timezone). */
const wallClock = localWallClock

const countColumns = (first: string): TableColumn[] => [
  { key: 'name', header: first, width: 8 },
  { key: 'count', header: '件数', format: 'integer', width: 3 },
]

/** Largest first, as the printed report lists them; a total row at the end. */
const counted = (
  sheet: string,
  title: string,
  subtitle: string,
  first: string,
  groups: Array<[Record<string, number>, (key: string) => string]>,
): TableReport => {
  const rows = groups.flatMap(([counts, name]) =>
    Object.entries(counts)
      .sort((a, b) => b[1] - a[1])
      .map(([key, count]) => ({ name: name(key), count })),
  )
  const sum = Object.values(groups[0]?.[0] ?? {}).reduce((a, b) => a + b, 0)
  return {
    sheet,
    title,
    subtitle,
    columns: countColumns(first),
    rows,
    ...(groups.length === 1 ? { totals: { name: '合计', count: sum } } : {}),
  }
}

/** 客户月投诉统计表: the key figures, then counts by category, by severity/channel/kind, by building. */
export const monthlyComplaintTables = (s: ComplaintStatistics): TableReport[] => {
  const title = '客户月投诉统计表'
  const subtitle = `统计月份 ${s.period}`
  const figures: Array<Record<string, CellValue>> = monthlyKeyFigures(s).map((f) => ({
    name: f.name,
    count: f.count,
    base: f.base ?? null,
    rate: fraction(f.rate ?? null),
    target: f.target ?? null,
    verdict: f.met === undefined ? null : verdict(f.met),
    note: f.note ?? null,
  }))
  return [
    {
      sheet: '总体指标',
      title,
      subtitle,
      columns: [
        { key: 'name', header: '指标', width: 8 },
        { key: 'count', header: '件数', format: 'integer', width: 3 },
        { key: 'base', header: '基数', format: 'integer', width: 3 },
        { key: 'rate', header: '比率', format: 'percent', width: 3 },
        { key: 'target', header: '目标', width: 3 },
        { key: 'verdict', header: '结论', width: 3 },
        { key: 'note', header: '说明', width: 5 },
      ],
      rows: figures,
    },
    counted('按类别', title, subtitle, '类别', [[s.byCategory, (k) => s.categoryNames[k] ?? k]]),
    counted('按严重程度、渠道、类型', title, subtitle, '项目', [
      [s.bySeverity, (k) => (k === 'major' ? '重大投诉' : '一般投诉')],
      [
        s.byChannel,
        (k) => `渠道：${COMPLAINT_CHANNELS[k as keyof typeof COMPLAINT_CHANNELS]?.zh ?? k}`,
      ],
      [s.byKind, (k) => `类型：${COMPLAINT_KINDS[k as keyof typeof COMPLAINT_KINDS]?.zh ?? k}`],
    ]),
    counted('按楼栋', title, subtitle, '楼栋', [[s.byBuilding, (k) => k]]),
  ]
}

const yesNo = (met: boolean | null) => (met === null ? null : met ? '是' : '否')

/** 派工单统计表 for one day: orders opened, returned and still unfinished, one sheet each. */
export const dispatchRegisterTables = (
  report: {
    date: string
    opened: DispatchRow[]
    returned: DispatchRow[]
    unfinished: DispatchRow[]
  },
  timeZone: string,
): TableReport[] => {
  const title = '派工单统计表'
  const subtitle = `日期 ${report.date}`
  const columns: TableColumn[] = [
    { key: 'number', header: '工单编号', width: 5 },
    { key: 'unit', header: '房号', width: 3 },
    { key: 'fault', header: '报修内容', width: 8 },
    { key: 'engineer', header: '维修员', width: 3 },
    { key: 'registeredAt', header: '登记', format: 'datetime', width: 4 },
    { key: 'dispatchedAt', header: '派工', format: 'datetime', width: 4 },
    { key: 'arrivedAt', header: '到场', format: 'datetime', width: 4 },
    { key: 'finishedAt', header: '完工', format: 'datetime', width: 4 },
    { key: 'dispatchMet', header: '派工及时', width: 2 },
    { key: 'arrivalMet', header: '到场及时', width: 2 },
    { key: 'status', header: '状态', width: 3 },
  ]
  const rows = (list: DispatchRow[]) =>
    list.map((o) => ({
      number: o.number,
      unit: o.unit,
      fault: o.fault,
      engineer: o.engineer,
      registeredAt: wallClock(o.registeredAt, timeZone),
      dispatchedAt: wallClock(o.dispatchedAt, timeZone),
      arrivedAt: wallClock(o.arrivedAt, timeZone),
      finishedAt: wallClock(o.finishedAt, timeZone),
      dispatchMet: yesNo(o.dispatchMet),
      arrivalMet: yesNo(o.arrivalMet),
      status: WORK_ORDER_STATUSES[o.status as keyof typeof WORK_ORDER_STATUSES]?.zh ?? o.status,
    }))
  const totals = (n: number) => ({ number: `合计 ${n} 单` })
  return [
    {
      sheet: '当日开单',
      title,
      subtitle,
      columns,
      rows: rows(report.opened),
      totals: totals(report.opened.length),
    },
    {
      sheet: '当日回单',
      title,
      subtitle,
      columns,
      rows: rows(report.returned),
      totals: totals(report.returned.length),
    },
    {
      sheet: '未完成工单',
      title,
      subtitle,
      columns: [
        { key: 'number', header: '工单编号', width: 5 },
        { key: 'unit', header: '房号', width: 3 },
        { key: 'fault', header: '报修内容', width: 8 },
        { key: 'engineer', header: '维修员', width: 3 },
        { key: 'reason', header: '原因', width: 8 },
        { key: 'expected', header: '预计日期', format: 'date', width: 3 },
        { key: 'returned', header: '退回客服', format: 'datetime', width: 4 },
        { key: 'sameDay', header: '当日退回', width: 2 },
      ],
      rows: report.unfinished.map((o) => ({
        number: o.number,
        unit: o.unit,
        fault: o.fault,
        engineer: o.engineer,
        reason: o.reason,
        expected: wallClock(o.expected, timeZone),
        returned: wallClock(o.returnedToServiceAt, timeZone),
        sameDay: yesNo(o.returnedSameDay),
      })),
      totals: totals(report.unfinished.length),
    },
  ]
}

type Summary = Awaited<ReturnType<typeof workOrderSummary>>

/** The weekly or monthly service-level summary: overall, by engineer, by category. */
export const workOrderSummaryTable = (summary: Summary): TableReport => {
  type Rates = Summary['overall']
  const row = (scope: string, name: string, r: Rates) => ({
    scope,
    name,
    orders: r.orders,
    dispatched: r.dispatched,
    dispatchedOnTime: r.dispatchedOnTime,
    dispatchRate: fraction(r.dispatchRate),
    received: r.received,
    receivedOnTime: r.receivedOnTime,
    receiptRate: fraction(r.receiptRate),
    arrived: r.arrived,
    arrivedOnTime: r.arrivedOnTime,
    arrivalRate: fraction(r.arrivalRate),
  })
  return {
    sheet: `工单统计 ${summary.period}`,
    title: '维修工单统计',
    subtitle: `期间 ${summary.period}`,
    columns: [
      { key: 'scope', header: '范围', width: 3 },
      { key: 'name', header: '名称', width: 6 },
      { key: 'orders', header: '工单数', format: 'integer', width: 3 },
      { key: 'dispatched', header: '已派工', format: 'integer', width: 3 },
      { key: 'dispatchedOnTime', header: '按时派工', format: 'integer', width: 3 },
      { key: 'dispatchRate', header: '派工及时率', format: 'percent', width: 3 },
      { key: 'received', header: '已签收', format: 'integer', width: 3 },
      { key: 'receivedOnTime', header: '按时签收', format: 'integer', width: 3 },
      { key: 'receiptRate', header: '签收及时率', format: 'percent', width: 3 },
      { key: 'arrived', header: '已到场', format: 'integer', width: 3 },
      { key: 'arrivedOnTime', header: '按时到场', format: 'integer', width: 3 },
      { key: 'arrivalRate', header: '到场及时率', format: 'percent', width: 3 },
    ],
    rows: [
      row('总体', '全部', summary.overall),
      ...Object.entries(summary.byEngineer).map(([name, r]) => row('维修员', name, r)),
      ...Object.entries(summary.byCategory).map(([key, r]) =>
        row('类别', REPAIR_CATEGORIES[key as keyof typeof REPAIR_CATEGORIES]?.zh ?? key, r),
      ),
    ],
  }
}

const departmentName = (key: string | null) =>
  key === null ? '—' : (HEADED_DEPARTMENTS[key as HeadedDepartment]?.zh ?? key)

/**
 * 员工考核（月度输入表）: one row per member of staff — valid complaints against their work, the
 * on-time rates, the ratings of the complaints they handled, late follow-up items — then the
 * complaints per department dispatched to. Wide: printed landscape (`FORMS.staffAppraisal`).
 */
export const staffAppraisalTables = (a: StaffAppraisal): TableReport[] => {
  const title = '员工考核月度统计表'
  const subtitle = `考核月份 ${a.period}`
  return [
    {
      sheet: `员工考核 ${a.period}`,
      title,
      subtitle,
      columns: [
        { key: 'name', header: '姓名', width: 4 },
        { key: 'department', header: '部门', width: 4 },
        { key: 'substantiated', header: '有效投诉', format: 'integer', width: 2 },
        { key: 'handled', header: '处理投诉', format: 'integer', width: 2 },
        { key: 'onTime', header: '按期办结', format: 'integer', width: 2 },
        { key: 'onTimeRate', header: '按期率', format: 'percent', width: 2 },
        { key: 'orders', header: '维修工单', format: 'integer', width: 2 },
        { key: 'dispatchRate', header: '派工及时率', format: 'percent', width: 3 },
        { key: 'arrivalRate', header: '到场及时率', format: 'percent', width: 3 },
        { key: 'ratingA', header: '回访A满意', format: 'integer', width: 2 },
        { key: 'ratingB', header: '回访B一般', format: 'integer', width: 2 },
        { key: 'ratingC', header: '回访C不满意', format: 'integer', width: 2 },
        { key: 'followUpsLate', header: '跟进逾期完成', format: 'integer', width: 3 },
        { key: 'followUpsOverdue', header: '跟进逾期未完成', format: 'integer', width: 3 },
      ],
      rows: a.staff.map((s) => ({
        name: s.name,
        department: departmentName(s.department),
        substantiated: s.substantiated,
        handled: s.complaints.handled,
        onTime: s.complaints.onTime,
        onTimeRate: fraction(s.complaints.rate),
        orders: s.workOrders.orders,
        dispatchRate: fraction(s.workOrders.dispatchRate),
        arrivalRate: fraction(s.workOrders.arrivalRate),
        ratingA: s.ratings.A,
        ratingB: s.ratings.B,
        ratingC: s.ratings.C,
        followUpsLate: s.followUps.doneLate,
        followUpsOverdue: s.followUps.openOverdue,
      })),
      totals: {
        name: '合计',
        substantiated: a.staff.reduce((n, s) => n + s.substantiated, 0),
        handled: a.staff.reduce((n, s) => n + s.complaints.handled, 0),
        onTime: a.staff.reduce((n, s) => n + s.complaints.onTime, 0),
        orders: a.staff.reduce((n, s) => n + s.workOrders.orders, 0),
        ratingA: a.staff.reduce((n, s) => n + s.ratings.A, 0),
        ratingB: a.staff.reduce((n, s) => n + s.ratings.B, 0),
        ratingC: a.staff.reduce((n, s) => n + s.ratings.C, 0),
        followUpsLate: a.staff.reduce((n, s) => n + s.followUps.doneLate, 0),
        followUpsOverdue: a.staff.reduce((n, s) => n + s.followUps.openOverdue, 0),
      },
    },
    {
      sheet: `部门 ${a.period}`,
      title: `${title}（按责任部门）`,
      subtitle,
      columns: [
        { key: 'department', header: '责任部门', width: 6 },
        { key: 'complaints', header: '投诉', format: 'integer', width: 3 },
        { key: 'substantiated', header: '有效投诉', format: 'integer', width: 3 },
        { key: 'resolved', header: '已销项', format: 'integer', width: 3 },
        { key: 'onTime', header: '按期办结', format: 'integer', width: 3 },
        { key: 'rate', header: '按期率', format: 'percent', width: 3 },
      ],
      rows: a.departments.map((d) => ({
        department: departmentName(d.department),
        complaints: d.complaints,
        substantiated: d.substantiated,
        resolved: d.resolved,
        onTime: d.onTime,
        rate: fraction(d.rate),
      })),
    },
  ]
}
