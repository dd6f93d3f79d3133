import type { Endpoint } from 'payload'

import { isDocumentKeeper } from '@/access/documents'
import { parseDay } from '@/domain/reportPeriods'
import { requireUser } from '@/lib/endpointUser'
import { forbidden, invalidField } from '@/lib/errors'
import { officeSettings } from '@/lib/officeSettings'
import { slugs } from '@/slugs'

/**
 * `GET /api/reports/documents/disposal?date=YYYY-MM-DD` — documents whose retention has ended by
 * the end of that day (default today) and that are not yet destroyed: the disposal list.
 */
export const documentDisposalReport: Endpoint = {
  path: '/reports/documents/disposal',
  method: 'get',
  handler: async (req) => {
    const user = requireUser(req)
    if (!isDocumentKeeper(user)) throw forbidden('只有档案员和经理可以查看 / For the keepers only')
    const office = await officeSettings(req)
    const value = req.searchParams.get('date')
    const day = value ? parseDay(value, office.timezone) : null
    if (value && !day)
      throw invalidField(slugs.archivedDocuments, 'date', '日期格式为 YYYY-MM-DD / Use YYYY-MM-DD')
    const asOf = day ? day.to : new Date()
    const due = await req.payload.find({
      collection: slugs.archivedDocuments,
      where: {
        and: [
          { retentionUntil: { less_than_equal: asOf.toISOString() } },
          { status: { not_equals: 'destroyed' } },
        ],
      },
      sort: 'retentionUntil',
      depth: 0,
      pagination: false,
      select: {
        number: true,
        title: true,
        kind: true,
        department: true,
        effectiveVersion: true,
        status: true,
        retentionUntil: true,
      },
      overrideAccess: false,
      user,
      req,
    })
    return Response.json({ asOf: asOf.toISOString(), total: due.docs.length, docs: due.docs })
  },
}
