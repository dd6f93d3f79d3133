import type { Endpoint } from 'payload'

import { letterheadFor } from '@/lib/printing/letterhead'
import { requireUser } from '@/lib/endpointUser'
import { officeSettings } from '@/lib/officeSettings'
import { pdfResponse } from '@/pdf/pdfKit'
import { renderWorkOrderForm } from '@/pdf/workOrderForm'
import { slugs } from '@/slugs'

const nameOf = (value: unknown) =>
  value && typeof value === 'object' && 'name' in value
    ? String((value as { name: unknown }).name)
    : null

/** `GET /api/work-orders/:id/form.pdf` — the three-part form, as the user may read the order. */
export const printWorkOrderForm: Endpoint = {
  path: '/:id/form.pdf',
  method: 'get',
  handler: async (req) => {
    const user = requireUser(req)
    const o = await req.payload.findByID({
      collection: slugs.workOrders,
      id: String(req.routeParams?.id),
      depth: 1,
      overrideAccess: false,
      user,
      req,
    })
    const office = await officeSettings(req)
    const unit = typeof o.unit === 'object' ? o.unit : null
    const resident = typeof o.resident === 'object' ? o.resident : null
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
        details: o.details,
        engineerName: nameOf(o.engineer),
        dispatchedAt: o.dispatchedAt,
        arrivedAt: o.arrivedAt,
        finishedAt: o.finishedAt,
        paid: Boolean(o.paid),
        lines: (o.lines ?? []).map((l) => ({
          description: l.description ?? '',
          quantity: l.quantity,
          unitPrice: l.unitPrice ?? 0,
          amount: l.amount ?? 0,
          onSitePrice: Boolean(l.onSitePrice),
        })),
        total: o.total,
        receiptNo: o.receiptNo,
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
      },
      await letterheadFor(req, 'workOrder'),
      office.timezone,
    )
    return pdfResponse(bytes, `维修工作单-${o.number}.pdf`)
  },
}
