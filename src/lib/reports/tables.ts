/**
 * The office's reports as tables (TableReport): one pure function per report, from the figures
 * the statistics functions return, so that the xlsx and the JSON show the same numbers. Rates are
 * stored as fractions (60% → 0.6) in percent-formatted cells.
 */
import { COMPLAINT_CHANNELS, COMPLAINT_KINDS } from '@/domain/complaints/categories'
import type { CellValue, TableColumn, TableReport } from '@/domain/tableReport'
import { REPAIR_CATEGORIES, WORK_ORDER_STATUSES } from '@/domain/workOrders/rules'
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
