import type { CollectionBeforeChangeHook } from 'payload'

import type { ShiftLog } from '@/payload-types'
import type { ShiftEntry } from '@/domain/shiftLogs/entries'
import { entryProblems } from '@/domain/shiftLogs/entries'
import {
  EQUIPMENT_BY_POST,
  currentShift,
  isShiftPost,
  shiftKey,
  shiftWindow,
  shiftsFor,
} from '@/domain/shiftLogs/shifts'
import { invalidField } from '@/lib/errors'
import { officeSettings } from '@/lib/officeSettings'
import { slugs } from '@/slugs'

/**
 * beforeChange: a new log gets its shift (the current one unless named), its window, its unique
 * key, the person on duty and the post's equipment list; one log per post and shift. On every
 * write the entries are checked against the shift (time, plate, owner's confirmation…).
 */
export const prepareShiftLog: CollectionBeforeChangeHook<ShiftLog> = async ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  const office = await officeSettings(req)
  if (operation === 'create') {
    if (!isShiftPost(data.post)) {
      throw invalidField(slugs.shiftLogs, 'post', '请选择岗位 / Choose the post')
    }
    const shifts = shiftsFor(data.post, office.frontDeskShifts)
    let shiftDate = typeof data.shiftDate === 'string' ? data.shiftDate : ''
    let code = typeof data.shift === 'string' ? data.shift : ''
    if (!shiftDate || !code) {
      const current = currentShift(data.post, new Date(), office.timezone, office.frontDeskShifts)
      if (!current) {
        throw invalidField(
          slugs.shiftLogs,
          'shift',
          '现在不在该岗位的排班时间内 / The post has no shift now',
        )
      }
      shiftDate ||= current.shiftDate
      code ||= current.shift.code
    }
    const def = shifts.find((s) => s.code === code)
    if (!def) {
      throw invalidField(
        slugs.shiftLogs,
        'shift',
        '该岗位没有这个班次 / No such shift for this post',
      )
    }
    const window = shiftWindow(shiftDate, def, office.timezone)
    if (!window) {
      throw invalidField(slugs.shiftLogs, 'shiftDate', '日期格式应为 YYYY-MM-DD / Use YYYY-MM-DD')
    }
    const key = shiftKey(data.post, shiftDate, code)
    const existing = await req.payload.count({
      collection: slugs.shiftLogs,
      where: { key: { equals: key } },
      overrideAccess: true,
      req,
    })
    if (existing.totalDocs > 0) {
      throw invalidField(
        slugs.shiftLogs,
        'shift',
        '该岗位本班次已有交接班记录 / This post already has a log for this shift',
      )
    }
    Object.assign(data, {
      shiftDate,
      shift: code,
      key,
      startsAt: window.startsAt.toISOString(),
      endsAt: window.endsAt.toISOString(),
      status: 'open',
      onDuty: data.onDuty ?? req.user?.id,
      equipment:
        Array.isArray(data.equipment) && data.equipment.length > 0
          ? data.equipment
          : EQUIPMENT_BY_POST[data.post].map((item) => ({ item })),
    })
  }
  const startsAt = data.startsAt ?? originalDoc?.startsAt
  const endsAt = data.endsAt ?? originalDoc?.endsAt
  const entries = (data.entries ?? originalDoc?.entries ?? []) as ShiftEntry[]
  const problems = entryProblems(
    entries,
    startsAt && endsAt ? { startsAt: new Date(startsAt), endsAt: new Date(endsAt) } : null,
  )
  if (problems.length > 0) {
    throw invalidField(slugs.shiftLogs, problems[0].path, problems[0].message)
  }
  return data
}
