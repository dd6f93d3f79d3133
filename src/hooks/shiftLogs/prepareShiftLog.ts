import type { CollectionBeforeChangeHook } from 'payload'

import type { ShiftLog } from '@/payload-types'
import type { ShiftEntry } from '@/domain/shiftLogs/entries'
import { entryProblems } from '@/domain/shiftLogs/entries'
import { checklistFor, postProblem } from '@/domain/shiftLogs/posts'
import { currentShift, shiftKey, shiftWindow, shiftsFor } from '@/domain/shiftLogs/shifts'
import { invalidField } from '@/lib/errors'
import { officeSettings } from '@/lib/officeSettings'
import { findShiftPost } from '@/lib/shiftLogs/posts'
import { slugs } from '@/slugs'

/**
 * beforeChange: a new log names a post the office keeps and has not retired (`shift-posts`); it
 * gets its shift (the current one unless named), its window, its unique key, the person on duty
 * and the post's equipment checklist; one log per post and shift. A log keeps its post. On every
 * write the entries are checked against the shift (time, plate, owner's confirmation…; the
 * classes of visitors and vehicles on new entries).
 */
export const prepareShiftLog: CollectionBeforeChangeHook<ShiftLog> = async ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  const office = await officeSettings(req)
  if (operation === 'create') {
    const post = await findShiftPost(req, data.post)
    const problem = postProblem(data.post, post)
    if (problem || !post || typeof data.post !== 'string') {
      throw invalidField(slugs.shiftLogs, 'post', problem ?? '请选择岗位 / Choose the post')
    }
    const shifts = shiftsFor(post.kind, office.frontDeskShifts)
    let shiftDate = typeof data.shiftDate === 'string' ? data.shiftDate : ''
    let code = typeof data.shift === 'string' ? data.shift : ''
    if (!shiftDate || !code) {
      const current = currentShift(post.kind, new Date(), office.timezone, office.frontDeskShifts)
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
      postKind: post.kind,
      onDuty: data.onDuty ?? req.user?.id,
      equipment:
        Array.isArray(data.equipment) && data.equipment.length > 0
          ? data.equipment
          : checklistFor(post),
    })
  } else if ('post' in data && data.post !== undefined && data.post !== originalDoc?.post) {
    throw invalidField(
      slugs.shiftLogs,
      'post',
      '交接班记录的岗位不能更改 / A log keeps the post it was opened for',
    )
  }
  const startsAt = data.startsAt ?? originalDoc?.startsAt
  const endsAt = data.endsAt ?? originalDoc?.endsAt
  const entries = (data.entries ?? originalDoc?.entries ?? []) as ShiftEntry[]
  const stored = new Set((originalDoc?.entries ?? []).map((e) => String(e.id)))
  const problems = entryProblems(
    entries,
    startsAt && endsAt ? { startsAt: new Date(startsAt), endsAt: new Date(endsAt) } : null,
    stored,
  )
  if (problems.length > 0) {
    throw invalidField(slugs.shiftLogs, problems[0].path, problems[0].message)
  }
  return data
}
