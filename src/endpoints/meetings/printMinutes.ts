import type { Endpoint } from 'payload'

import { requireUser } from '@/lib/endpointUser'
import { officeSettings } from '@/lib/officeSettings'
import { letterheadFor } from '@/lib/printing/letterhead'
import type { Meeting, User } from '@/payload-types'
import { renderMeetingMinutes } from '@/pdf/meetingMinutes'
import { pdfResponse } from '@/pdf/pdfKit'
import { slugs } from '@/slugs'

const nameOf = (value: unknown): string | null =>
  value && typeof value === 'object'
    ? String((value as Partial<User>).name || (value as Partial<User>).email || '')
    : null

/**
 * `GET /api/meetings/:id/minutes.pdf` — 会议纪要 for whoever may read the meeting: attendees,
 * agenda, minutes, decisions with owner and deadline, the recorder's and the chair's signatures.
 * A planned meeting prints as an agenda with empty minutes (the sheet taken into the meeting).
 */
export const printMeetingMinutes: Endpoint = {
  path: '/:id/minutes.pdf',
  method: 'get',
  handler: async (req) => {
    const user = requireUser(req)
    const meeting: Meeting = await req.payload.findByID({
      collection: slugs.meetings,
      id: String(req.routeParams?.id),
      depth: 1,
      overrideAccess: false,
      user,
      req,
    })
    const office = await officeSettings(req)
    const bytes = await renderMeetingMinutes(
      {
        title: meeting.title,
        kind: meeting.kind,
        status: meeting.status ?? 'planned',
        scheduledAt: meeting.scheduledAt,
        place: meeting.place,
        chair: nameOf(meeting.chair),
        recordedBy: nameOf(meeting.recordedBy),
        closedBy: nameOf(meeting.closedBy),
        attendees: (meeting.attendees ?? []).map((a) => nameOf(a) ?? String(a)),
        residents: (meeting.residentAttendees ?? []).map((r) =>
          [r.name || nameOf(r.resident), r.unit].filter(Boolean).join(' '),
        ),
        agenda: (meeting.agenda ?? []).map((a) => a.item),
        minutes: meeting.minutes,
        decisions: (meeting.decisions ?? []).map((d) => ({
          text: d.text,
          owner: nameOf(d.owner),
          deadline: d.deadline,
        })),
      },
      await letterheadFor(req, 'meetingMinutes'),
      office.timezone,
    )
    return pdfResponse(bytes, `会议纪要-${meeting.id}.pdf`)
  },
}
