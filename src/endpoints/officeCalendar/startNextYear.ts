import type { Endpoint } from 'payload'
import { commitTransaction, initTransaction, killTransaction } from 'payload'

import type { StoredCalendar } from '@/domain/calendar/officeCalendar'
import { nextYearRow } from '@/domain/calendar/officeCalendar'
import { localParts } from '@/domain/time'
import { readBody, requireUser } from '@/lib/endpointUser'
import { conflict, invalidField } from '@/lib/errors'
import { officeSettings } from '@/lib/officeSettings'
import { globalSlugs } from '@/slugs'

/**
 * `POST /api/globals/office-calendar/next-year` with `{ year? }` — starts the year after `year`
 * (this year in the office's timezone when not given) from it: its weekly hours copied, holidays
 * and 调休 days left for the office to enter from the State Council's notice (see `nextYearRow`).
 * Saved through the Local API as the caller, so the global's access (403), checks and audit
 * apply; 400 when `year` is not entered, 409 when the next year already is.
 */
export const startNextYear: Endpoint = {
  path: '/next-year',
  method: 'post',
  handler: async (req) => {
    const user = requireUser(req)
    const body = await readBody(req)
    const shouldCommit = await initTransaction(req)
    try {
      let year: number
      if (body.year === undefined || body.year === null || body.year === '') {
        year = localParts(new Date(), (await officeSettings(req)).timezone).year
      } else {
        year = Number(body.year)
        if (!Number.isInteger(year) || year < 2000 || year > 2099) {
          throw invalidField(
            globalSlugs.officeCalendar,
            'year',
            '年度须为 2000–2099 / The year is 2000–2099',
          )
        }
      }
      const stored = (await req.payload.findGlobal({
        slug: globalSlugs.officeCalendar,
        depth: 0,
        overrideAccess: false,
        user,
        req,
      })) as StoredCalendar
      const next = nextYearRow(stored, year)
      if (!next.ok) {
        throw next.status === 409
          ? conflict(next.message)
          : invalidField(globalSlugs.officeCalendar, 'year', next.message)
      }
      const doc = await req.payload.updateGlobal({
        slug: globalSlugs.officeCalendar,
        data: {
          years: [...(stored.years ?? []), { ...next.row, holidays: [], workdays: [] }],
        } as never,
        depth: 0,
        overrideAccess: false,
        user,
        req,
      })
      if (shouldCommit) await commitTransaction(req)
      return Response.json(
        {
          doc,
          message: `已建立 ${next.row.year} 年，请按国务院通知录入节假日和调休 / ${next.row.year} started: enter its holidays and 调休 days from the State Council notice`,
        },
        { status: 201 },
      )
    } catch (error) {
      await killTransaction(req)
      throw error
    }
  },
}
