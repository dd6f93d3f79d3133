import type { Endpoint } from 'payload'

import { requireUser } from '@/lib/endpointUser'
import { householdLabels } from '@/lib/households'
import { letterheadFor } from '@/lib/printing/letterhead'
import { officeSettings } from '@/lib/officeSettings'
import { pdfResponse } from '@/pdf/pdfKit'
import { renderVisitRecord } from '@/pdf/returnVisitForms'
import { slugs } from '@/slugs'

const nameOf = (value: unknown) =>
  value && typeof value === 'object' && 'name' in value
    ? String((value as { name: unknown }).name)
    : null

/**
 * `GET /api/return-visits/:id/record.pdf` — 回访记录表 of one visit, read as the signed-in user
 * (who may not read the visit gets 403/404 as Payload answers).
 */
export const printVisitRecord: Endpoint = {
  path: '/:id/record.pdf',
  method: 'get',
  handler: async (req) => {
    const user = requireUser(req)
    const v = await req.payload.findByID({
      collection: slugs.returnVisits,
      id: String(req.routeParams?.id),
      depth: 1,
      overrideAccess: false,
      user,
      req,
    })
    const complaint = v.complaint && typeof v.complaint === 'object' ? v.complaint : null
    const order = v.workOrder && typeof v.workOrder === 'object' ? v.workOrder : null
    const subject = complaint
      ? `投诉 ${complaint.number ?? complaint.id}`
      : order
        ? `维修工单 ${order.number ?? order.id}${order.fault ? `（${order.fault}）` : ''}`
        : null
    const office = await officeSettings(req)
    const bytes = await renderVisitRecord(
      {
        id: v.id,
        kind: v.kind ?? (complaint ? 'complaint' : order ? 'repair' : null),
        subject,
        household: v.household
          ? ((await householdLabels(req, [v.household]))[v.household] ?? v.household)
          : null,
        status: v.status ?? 'scheduled',
        assigneeName: nameOf(v.assignee),
        dueFrom: v.dueFrom ?? null,
        dueBy: v.dueBy ?? null,
        method: v.method ?? null,
        answeredBy: v.answeredBy ?? null,
        attempts: (v.attempts ?? []).map((a) => ({
          at: a.at,
          reached: a.reached === true,
          note: a.note ?? null,
        })),
        unreachable: v.unreachable === true,
        quality: v.quality ?? null,
        effect: v.effect ?? null,
        overall: v.overall ?? null,
        solved: v.status === 'done' ? v.solved !== false : null,
        aspects: { ...(v.aspects ?? {}) },
        shortcomings: v.shortcomings ?? null,
        suggestions: v.suggestions ?? null,
        residentWords: v.residentWords ?? null,
        recordedAt: v.recordedAt ?? null,
        recordedByName: nameOf(v.recordedBy),
      },
      await letterheadFor(req, 'returnVisitRecord'),
      office.timezone,
    )
    return pdfResponse(bytes, `回访记录表-${v.id}.pdf`)
  },
}
