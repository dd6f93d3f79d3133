import type { Endpoint } from 'payload'
import { NotFound } from 'payload'

import { findRelease, releaseSlip } from '@/domain/registers/releaseSlip'
import { requireUser } from '@/lib/endpointUser'
import { conflict } from '@/lib/errors'
import { officeSettings } from '@/lib/officeSettings'
import { pdfResponse } from '@/pdf/pdfKit'
import { letterheadFor } from '@/lib/printing/letterhead'
import { renderReleaseSlip } from '@/pdf/registers'
import { slugs } from '@/slugs'

import { registerLabels, toRegisterLog } from './readSources'

/**
 * `GET /api/shift-logs/:id/releases/:entry/slip.pdf` — the 物品放行条 of one goods release, the
 * entry named by its id or its position in the log (0, 1…). Read as the user (the log's own
 * access); 404 for anything but a goods release; 409 until the owner has confirmed it.
 */
export const printReleaseSlip: Endpoint = {
  path: '/:id/releases/:entry/slip.pdf',
  method: 'get',
  handler: async (req) => {
    const user = requireUser(req)
    const id = String(req.routeParams?.id ?? '')
    if (!/^\d{1,15}$/.test(id)) throw new NotFound(req.t)
    const stored = await req.payload.findByID({
      collection: slugs.shiftLogs,
      id,
      depth: 1,
      overrideAccess: false,
      user,
      req,
    })
    const log = toRegisterLog(stored)
    const found = findRelease(log.entries, String(req.routeParams?.entry ?? ''))
    if (!found) throw new NotFound(req.t)
    const office = await officeSettings(req)
    const result = releaseSlip(log, found, {
      timeZone: office.timezone,
      ...registerLabels(office),
    })
    if (!result.ok) throw conflict(result.message)
    const bytes = await renderReleaseSlip(result.slip, await letterheadFor(req, 'releaseSlip'))
    return pdfResponse(bytes, `物品放行条-${result.slip.number}.pdf`)
  },
}
