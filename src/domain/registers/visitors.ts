import type { TableReport } from '../tableReport'

import { entriesOf, localTime, oneLine, yesNo } from './format'
import { inRange, rangeLabel } from './range'
import type { RegisterContext, RegisterLog } from './types'

/**
 * The classes of visitor the gate and the desk record (the shift-log work classes them). Shown by
 * name; an entry from before the classes, or of a class not listed, shows its code or nothing.
 */
const VISITOR_CLASS_NAMES: Readonly<Record<string, string>> = {
  visitor: '访客',
  contractor: '施工人员',
  delivery: '快递外卖',
  'resident-guest': '业主亲友',
}

/**
 * 来人来电来访登记表: every visitor entry of the logs the reader may read, in time order. The
 * shift logs record callers only as free-text events (no channel), so calls are not told apart
 * from other events and are left out; complaints and repairs registered by phone are in their own
 * registers.
 */
export const buildVisitorRegister = (
  logs: readonly RegisterLog[],
  ctx: RegisterContext,
): TableReport => {
  const rows = entriesOf(logs, 'visitor', (at) => inRange(at, ctx.range)).map((e, i) => ({
    seq: i + 1,
    at: localTime(e.at, ctx.timeZone),
    post: ctx.postLabels[e.post] ?? e.post,
    name: oneLine(e.name),
    class: e.visitorClass ? (VISITOR_CLASS_NAMES[e.visitorClass] ?? e.visitorClass) : '',
    unit: e.unit ?? '',
    purpose: oneLine(e.text),
    idShown: yesNo(e.idShown, '已验', '未验'),
    outAt: localTime(e.outAt, ctx.timeZone),
    recordedBy: e.recordedBy ?? '',
  }))
  return {
    sheet: '来访登记',
    title: '来人来电来访登记表',
    subtitle: `${rangeLabel(ctx.range)}    共 ${rows.length} 人次`,
    columns: [
      { key: 'seq', header: '序号', format: 'integer', width: 2 },
      { key: 'at', header: '来访时间', width: 5 },
      { key: 'post', header: '岗位', width: 4 },
      { key: 'name', header: '姓名', width: 4 },
      { key: 'class', header: '类别', width: 3 },
      { key: 'unit', header: '拜访房号', width: 3 },
      { key: 'purpose', header: '事由', width: 9 },
      { key: 'idShown', header: '证件', width: 2 },
      { key: 'outAt', header: '离开时间', width: 5 },
      { key: 'recordedBy', header: '登记人', width: 3 },
    ],
    rows,
  }
}
