import type { Endpoint } from 'payload'

import { letterheadFor } from '@/lib/printing/letterhead'
import { LOCKED_STATUSES } from '@/domain/shiftLogs/actions'
import type { ShiftLogStatus } from '@/domain/shiftLogs/actions'
import { requireUser } from '@/lib/endpointUser'
import { conflict } from '@/lib/errors'
import { isSecurityLog } from '@/domain/shiftLogs/actions'
import { officeSettings } from '@/lib/officeSettings'
import { postName } from '@/lib/shiftLogs/posts'
import { pdfResponse } from '@/pdf/pdfKit'
import { renderShiftLog } from '@/pdf/shiftLog'
import { slugs } from '@/slugs'

const nameOf = (value: unknown) =>
  value && typeof value === 'object' && 'name' in value
    ? String((value as { name: unknown }).name)
    : null

/** `GET /api/shift-logs/:id/pdf` — the locked log, printed; 409 while it can still change. */
export const printShiftLog: Endpoint = {
  path: '/:id/pdf',
  method: 'get',
  handler: async (req) => {
    const user = requireUser(req)
    const log = await req.payload.findByID({
      collection: slugs.shiftLogs,
      id: String(req.routeParams?.id),
      depth: 1,
      overrideAccess: false,
      user,
      req,
    })
    if (!LOCKED_STATUSES.includes(log.status as ShiftLogStatus)) {
      throw conflict('接班人接收后才能打印 / A log is printed once it is accepted and locked')
    }
    const office = await officeSettings(req)
    const bytes = await renderShiftLog(
      {
        post: log.post,
        postName: await postName(req, log.post),
        security: isSecurityLog({ post: log.post, postKind: log.postKind }),
        shiftDate: log.shiftDate ?? '',
        shift: log.shift ?? '',
        status: log.status ?? '',
        startsAt: log.startsAt,
        endsAt: log.endsAt,
        onDuty: nameOf(log.onDuty),
        entries: (log.entries ?? []).map((e) => ({
          at: e.at,
          kind: e.kind,
          priority: e.priority,
          text: [
            e.text,
            e.name,
            e.plate,
            e.items,
            e.ownerConfirmedBy ? `业主确认：${e.ownerConfirmedBy}` : null,
            e.company,
          ]
            .filter(Boolean)
            .join(' · '),
        })),
        summary: log.summary,
        openItems: log.openItems ?? [],
        equipment: log.equipment ?? [],
        signedBy: nameOf(log.signedBy),
        signedAt: log.signedAt,
        incoming: nameOf(log.incoming),
        acceptedAt: log.acceptedAt,
        countersignedBy: nameOf(log.countersignedBy),
        countersignedAt: log.countersignedAt,
        countersignNote: log.countersignNote,
        reviewedBy: nameOf(log.reviewedBy),
        reviewedAt: log.reviewedAt,
        reviewNote: log.reviewNote,
      },
      await letterheadFor(req, 'shiftLog'),
      office.timezone,
    )
    return pdfResponse(bytes, `交接班记录-${log.key}.pdf`)
  },
}
