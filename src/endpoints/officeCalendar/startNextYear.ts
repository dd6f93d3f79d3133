import type { Endpoint } from 'payload'
import { commitTransaction, initTransaction, killTransaction } from 'payload'

import type { StoredCalendar } from '@/domain/calendar/officeCalendar'
import { nextYearRow } from '@/domain/calendar/officeCalendar'
import { requireUser } from '@/lib/endpointUser'
import { conflict, invalidField } from '@/lib/errors'
import { globalSlugs } from '@/slugs'

/**
 * `POST /api/globals/office-calendar/next-year` — starts next year from the latest one: its
 * weekly hours copied, holidays and 调休 days left for the office to enter from the State
 * Council's notice (see `nextYearRow`). Saved through the Local API as the caller, so the
 * global's own access (403), checks and audit apply; 409 when next year is already there.
 */
export const startNextYear: Endpoint = {
  path: '/next-year',
  method: 'post',
  handler: async (req) => {
    const user = requireUser(req)
    const shouldCommit = await initTransaction(req)
    try {
      const stored = (await req.payload.findGlobal({
        slug: globalSlugs.officeCalendar,
        depth: 0,
        overrideAccess: false,
        user,
        req,
      })) as StoredCalendar
      const next = nextYearRow(stored)
      if (!next) {
        throw invalidField(
          globalSlugs.officeCalendar,
          'years',
          '尚无年度可复制 / There is no year to start from',
        )
      }
      const years = stored.years ?? []
      if (years.some((y) => Number(y.year) === next.year)) {
        throw conflict(`${next.year} 年已存在 / ${next.year} is already there`)
      }
      const doc = await req.payload.updateGlobal({
        slug: globalSlugs.officeCalendar,
        data: { years: [...years, { ...next, holidays: [], workdays: [] }] } as never,
        depth: 0,
        overrideAccess: false,
        user,
        req,
      })
      if (shouldCommit) await commitTransaction(req)
      return Response.json(
        {
          doc,
          message: `已建立 ${next.year} 年，请按国务院通知录入节假日和调休 / ${next.year} started: enter its holidays and 调休 days from the State Council notice`,
        },
        { status: 201 },
      )
    } catch (error) {
      await killTransaction(req)
      throw error
    }
  },
}
