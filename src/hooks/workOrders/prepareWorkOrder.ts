import type { CollectionBeforeChangeHook } from 'payload'

import type { WorkOrder } from '@/payload-types'
import { isSampledForVisit } from '@/domain/complaints/returnVisits'
import { localDate } from '@/domain/time'
import type { LineInput, MaterialInput, PriceItem } from '@/domain/workOrders/pricing'
import { costMaterials, isPricingProblem, priceLines } from '@/domain/workOrders/pricing'
import { appointmentProblem, appointmentWindow, workOrderSla } from '@/domain/workOrders/rules'
import { invalidField } from '@/lib/errors'
import { relationId } from '@/domain/relations'
import { nextSequenceNumber } from '@/lib/nextSequenceNumber'
import { officeSettings } from '@/lib/officeSettings'
import { slugs } from '@/slugs'

/**
 * beforeChange: the number `WX-YYYYMMDD-NNN`, whether the customer is a commercial tenant, the
 * priced lines and total (from the price list, never from the client), the materials' cost, the
 * service-level deadlines and whether they were met (arrival against the agreed appointment when
 * there is one), and whether a return visit is sampled.
 */
export const prepareWorkOrder: CollectionBeforeChangeHook<WorkOrder> = async ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  const office = await officeSettings(req)
  const merged: Partial<WorkOrder> = { ...originalDoc, ...data }

  if (operation === 'create') {
    const serverWrite = req.context?.serverWrite === true
    const registeredAt =
      serverWrite && typeof data.registeredAt === 'string'
        ? data.registeredAt
        : new Date().toISOString()
    data.registeredAt = registeredAt
    data.registeredBy =
      serverWrite && data.registeredBy ? data.registeredBy : (req.user?.id ?? null)
    data.status = 'registered'
    const day = localDate(new Date(registeredAt), office.timezone).replaceAll('-', '')
    data.number = `WX-${day}-${String(await nextSequenceNumber(req, `WX-${day}`)).padStart(3, '0')}`
    merged.registeredAt = registeredAt
  }

  if (operation === 'create' || 'resident' in data || 'unit' in data) {
    const residentId = relationId(merged.resident)
    const unitId = relationId(merged.unit)
    const resident = residentId
      ? await req.payload.findByID({ collection: slugs.residents, id: residentId, depth: 0, req })
      : null
    const unit = unitId
      ? await req.payload.findByID({ collection: slugs.units, id: unitId, depth: 0, req })
      : null
    data.commercial = resident?.kind === 'commercial-tenant' || unit?.use === 'commercial'
    merged.commercial = data.commercial
  }

  // Price again only when the lines themselves change: a save that sends them back unchanged
  // keeps the prices agreed at the time, even if the price list has moved since.
  const lineKey = (lines: unknown) =>
    JSON.stringify(
      ((lines ?? []) as LineInput[]).map((l) => [
        relationId(l.item) ?? null,
        Number(l.quantity),
        l.description ?? null,
        relationId(l.item) ? null : Number(l.unitPrice),
        Boolean(l.agreedByResident),
      ]),
    )
  if (
    'lines' in data &&
    (operation === 'create' || lineKey(data.lines) !== lineKey(originalDoc?.lines))
  ) {
    const lines = (data.lines ?? []) as LineInput[]
    const ids = lines
      .map((l) => l.item)
      .filter((id) => id !== null && id !== undefined && id !== '')
    const items = ids.length
      ? await req.payload.find({
          collection: slugs.priceList,
          where: { and: [{ id: { in: ids } }, { active: { equals: true } }] },
          depth: 0,
          pagination: false,
          req,
        })
      : { docs: [] }
    const priceList = new Map<string, PriceItem>(
      items.docs.map((d) => [
        String(d.id),
        { id: d.id, item: d.item, unit: d.unit, price: d.price },
      ]),
    )
    const priced = priceLines(
      lines.map((l) => ({ ...l, item: relationId(l.item) ?? null })),
      priceList,
    )
    if (isPricingProblem(priced)) throw invalidField(slugs.workOrders, priced.path, priced.message)
    // The priced rows are the rows sent, validated by Payload against the field's schema; pricing
    // only fills in prices (its own types are looser: it also checks rows Payload has not seen).
    data.lines = priced.lines.map((line, i) => ({ ...lines[i], ...line })) as WorkOrder['lines']
    data.total = priced.total
    // The resident accepted a quote for other lines: that acceptance no longer stands, and the
    // new quote is accepted again before work (a price agreed on site carries its own agreement).
    if (
      originalDoc?.quoteAcceptedAt &&
      req.context?.serverWrite !== true &&
      priced.total !== originalDoc.quoteTotal
    ) {
      Object.assign(data, { quoteAcceptedAt: null, quoteAcceptedBy: null, quoteTotal: null })
    }
  }

  if ('materials' in data) {
    const costed = costMaterials((data.materials ?? []) as MaterialInput[])
    if (isPricingProblem(costed)) throw invalidField(slugs.workOrders, costed.path, costed.message)
    // As for the lines: validated rows, with their cost filled in.
    data.materials = costed.materials as WorkOrder['materials']
    data.materialsCost = costed.cost
  }

  if ('appointment' in data) {
    const problem = appointmentProblem(data.appointment)
    if (problem) throw invalidField(slugs.workOrders, problem.path, problem.message)
  }

  Object.assign(
    data,
    workOrderSla(
      {
        registeredAt: String(merged.registeredAt),
        dispatchedAt: merged.dispatchedAt ?? null,
        receivedAt: merged.receivedAt ?? null,
        arrivedAt: merged.arrivedAt ?? null,
        commercial: Boolean(merged.commercial),
      },
      office,
      appointmentWindow(merged.appointment, office.timezone),
    ),
  )

  if (data.status === 'completed' && originalDoc?.status !== 'completed') {
    data.returnVisitRequired = isSampledForVisit(String(merged.number), office.repairVisitRate, 20)
  }
  return data
}
