import type { Endpoint, PayloadRequest } from 'payload'

import type { WorkOrder } from '@/payload-types'
import { formatLocal } from '@/domain/time'
import { letterheadFor } from '@/lib/printing/letterhead'
import { requireUser } from '@/lib/endpointUser'
import { invalidField } from '@/lib/errors'
import { officeSettings } from '@/lib/officeSettings'
import { pdfResponse } from '@/pdf/pdfKit'
import { renderRepairQuote } from '@/pdf/repairQuote'
import { renderWorkOrderForm } from '@/pdf/workOrderForm'
import { slugs } from '@/slugs'

const nameOf = (value: unknown) =>
  value && typeof value === 'object' && 'name' in value
    ? String((value as { name: unknown }).name)
    : null

/** The order as the user may read it, with its unit, resident and people. */
const readOrder = (req: PayloadRequest) =>
  req.payload.findByID({
    collection: slugs.workOrders,
    id: String(req.routeParams?.id),
    depth: 1,
    overrideAccess: false,
    user: requireUser(req),
    req,
  })

const linesOf = (o: WorkOrder) =>
  (o.lines ?? []).map((l) => ({
    description: l.description ?? '',
    quantity: l.quantity,
    unitPrice: l.unitPrice ?? 0,
    amount: l.amount ?? 0,
    onSitePrice: Boolean(l.onSitePrice),
    agreedBy: l.agreedBy,
  }))

/** `who  at` as a form prints a sign-off; null when the step was not taken. */
const signed = (who: string | null | undefined, at: string | null | undefined, tz: string) =>
  at ? `${who ?? ''}  ${formatLocal(at, tz)}`.trim() : null

/** `GET /api/work-orders/:id/form.pdf` — the three-part form, as the user may read the order. */
export const printWorkOrderForm: Endpoint = {
  path: '/:id/form.pdf',
  method: 'get',
  handler: async (req) => {
    const o = await readOrder(req)
    const office = await officeSettings(req)
    const tz = office.timezone
    const unit = typeof o.unit === 'object' ? o.unit : null
    const resident = typeof o.resident === 'object' ? o.resident : null
    const appointment = o.appointment?.date
      ? `${o.appointment.date} ${o.appointment.from ?? ''}–${o.appointment.to ?? ''}`
      : null
    const bytes = await renderWorkOrderForm(
      {
        number: o.number ?? '',
        registeredAt: o.registeredAt ?? o.createdAt,
        source: o.source,
        category: o.category,
        unitCode: unit?.code ?? '',
        residentName: resident?.name ?? o.contactName,
        contactPhone: o.contactPhone ?? resident?.phone ?? null,
        fault: o.fault,
        location: o.location,
        atHome: o.atHome,
        appointment,
        details: o.details,
        engineerName: nameOf(o.engineer),
        dispatchedAt: o.dispatchedAt,
        received: signed(nameOf(o.receivedBy), o.receivedAt, tz),
        arrivedAt: o.arrivedAt,
        finishedAt: o.finishedAt,
        paid: Boolean(o.paid),
        lines: linesOf(o),
        total: o.total,
        receiptNo: o.receiptNo,
        quoteAccepted: signed(o.quoteAcceptedBy, o.quoteAcceptedAt, tz),
        materials: (o.materials ?? []).map((m) => ({
          source: m.source,
          name: m.name,
          quantity: m.quantity,
          cost: m.cost,
          check: m.check,
        })),
        result: o.result,
        residentSignoffName: o.residentSignoffName,
        noSignoffReason: o.noSignoffReason,
        unfinishedReason: o.unfinishedReason,
        nextAppointment: o.nextAppointment,
        unfinished: o.unfinishedAt
          ? [
              `住户签名：${o.unfinishedSignoffName ?? `未签（${o.unfinishedNoSignoffReason ?? ''}）`}`,
              `退回客服：${signed(nameOf(o.returnedToServiceBy), o.informedCustomerServiceAt, tz) ?? '未退回'}`,
            ].join('    ')
          : null,
      },
      await letterheadFor(req, 'workOrder'),
      tz,
    )
    return pdfResponse(bytes, `维修工作单-${o.number}.pdf`)
  },
}

/** `GET /api/work-orders/:id/quote.pdf` — 有偿服务报价单 of a paid order, for the resident to accept. */
export const printRepairQuote: Endpoint = {
  path: '/:id/quote.pdf',
  method: 'get',
  handler: async (req) => {
    const o = await readOrder(req)
    if (!o.paid || (o.lines ?? []).length === 0) {
      throw invalidField(
        slugs.workOrders,
        'lines',
        '非有偿服务或无收费项目，无报价单 / Not a paid service with priced lines: no quote',
      )
    }
    const office = await officeSettings(req)
    const unit = typeof o.unit === 'object' ? o.unit : null
    const resident = typeof o.resident === 'object' ? o.resident : null
    const bytes = await renderRepairQuote(
      {
        number: o.number ?? '',
        unitCode: unit?.code ?? '',
        residentName: resident?.name ?? o.contactName,
        fault: o.fault,
        location: o.location,
        lines: linesOf(o),
        total: o.total ?? 0,
        accepted: signed(o.quoteAcceptedBy, o.quoteAcceptedAt, office.timezone),
        paymentBeforeDispatch: office.paymentBeforeDispatch,
      },
      await letterheadFor(req, 'repairQuote'),
    )
    return pdfResponse(bytes, `有偿服务报价单-${o.number}.pdf`)
  },
}
