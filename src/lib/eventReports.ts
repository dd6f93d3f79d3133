import type { PayloadRequest } from 'payload'

import { relationId } from '@/domain/relations'
import { officeSettings } from '@/lib/officeSettings'
import { letterheadFor } from '@/lib/printing/letterhead'
import { emailsOfRoles } from '@/lib/staffEmails'
import type { EventReport, ReturnVisit } from '@/payload-types'
import { renderEventReport } from '@/pdf/eventReport'
import { slugs } from '@/slugs'

/** A unit as the company reads it: building and room number only. */
const roomOf = (unit: ReturnVisit['unit']): string | null =>
  unit && typeof unit === 'object' ? `${unit.building ?? ''} ${unit.number ?? ''}`.trim() : null

const nameOf = (value: unknown) =>
  value && typeof value === 'object' && 'name' in value
    ? String((value as { name: unknown }).name ?? '') || null
    : null

/**
 * Where the report goes: the company's address in the office settings (公司报告邮箱), else the
 * general manager (总经理 of the property company), the company's person the system knows.
 */
export const companyReportAddresses = async (req: PayloadRequest): Promise<string[]> => {
  const office = await officeSettings(req)
  if (office.companyReportEmail) return [office.companyReportEmail]
  return emailsOfRoles(req, ['general-manager'])
}

/**
 * The report's PDF (特别事件回访报告). `user` given: read as that user (the print endpoint);
 * without, as the server (the mail job, after the report was accepted).
 */
export const eventReportPdf = async (
  req: PayloadRequest,
  id: number | string,
  user?: PayloadRequest['user'],
): Promise<{ bytes: Buffer; filename: string; report: EventReport }> => {
  const asUser = user ? { overrideAccess: false, user } : {}
  const report = await req.payload.findByID({
    collection: slugs.eventReports,
    id,
    // The visits and their units: the company reads room numbers, never residents' details.
    depth: 2,
    ...asUser,
    req,
  })
  const visits = (report.visits ?? []).filter(
    (v): v is ReturnVisit => typeof v === 'object' && v !== null,
  )
  const office = await officeSettings(req)
  const bytes = await renderEventReport(
    {
      id: report.id,
      event: report.event,
      eventDate: report.eventDate ?? null,
      findings: report.findings,
      measures: report.measures ?? null,
      writtenByName: nameOf(report.writtenBy),
      writtenAt: report.writtenAt ?? null,
      sentTo: report.sentTo ?? null,
      visits: visits.map((v) => ({
        id: v.id,
        household: roomOf(v.unit),
        method: v.method ?? null,
        status: v.status ?? 'scheduled',
        recordedAt: v.recordedAt ?? null,
        overall: v.overall ?? null,
        words: [v.residentWords, v.shortcomings].filter(Boolean).join('；') || null,
      })),
    },
    await letterheadFor(req, 'eventVisitReport'),
    office.timezone,
  )
  return { bytes, filename: `特别事件回访报告-${report.id}.pdf`, report }
}

export const visitIdsOf = (
  visits: EventReport['visits'] | null | undefined,
): Array<number | string> =>
  (visits ?? []).map((v) => relationId(v)).filter((v): v is number => v !== undefined)
