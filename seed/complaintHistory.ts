import type { Payload } from 'payload'

import { lexicalFromText } from '../src/lib/lexical'
import { IMPORTING_HISTORY, SERVER_WRITE } from '../src/lib/serverWrite'
import { slugs } from '../src/slugs'

export type HistoricComplaint = {
  registeredAt: Date
  kind?: 'complaint' | 'enquiry' | 'suggestion' | 'help'
  channel?: 'visit' | 'phone' | 'letter' | 'email' | 'online'
  category: string
  unitId: number
  residentId?: number
  visitor?: { name: string; phone: string }
  description: string
  registeredBy?: number
  handling?: {
    department: string
    handlerId: number
    dispatcherId: number
    verifiedAfterMinutes?: number
    resolvedAfterMinutes?: number
    resolverId?: number
    result?: string
    writtenReply?: string
    /** The slip's deadline (限期), minutes after registration: 24 h when not given. */
    deadlineAfterMinutes?: number
    /** The resolver's verdict: substantiated (属实) when not given. */
    verdict?: 'substantiated' | 'unsubstantiated'
    verdictNote?: string
  }
  visit?: {
    overall: 'A' | 'B' | 'C'
    quality?: 'A' | 'B' | 'C'
    effect?: 'A' | 'B' | 'C'
    solved?: boolean
    afterDays: number
    method?: 'face-to-face' | 'phone' | 'written' | 'meeting'
    words?: string
  }
  close?: { byId: number; afterDays: number }
}

const MINUTE = 60_000
const context = { [SERVER_WRITE]: true, [IMPORTING_HISTORY]: true }
const at = (start: Date, minutes: number) =>
  new Date(start.getTime() + minutes * MINUTE).toISOString()

/**
 * Records a complaint that happened in the past, step by step through the Local API with every
 * hook (numbering, severity, deadlines, return visit), keeping its own times. Used by the seed and
 * by tests that need a month with known figures. Sends no email.
 */
export const recordHistoricComplaint = async (payload: Payload, c: HistoricComplaint) => {
  const complaint = await payload.create({
    collection: slugs.complaints,
    data: {
      kind: c.kind ?? 'complaint',
      channel: c.channel ?? 'phone',
      category: c.category as never,
      unit: c.unitId,
      resident: c.residentId,
      visitorName: c.visitor?.name,
      visitorPhone: c.visitor?.phone,
      description: lexicalFromText(c.description) as never,
      registeredAt: c.registeredAt.toISOString(),
      registeredBy: c.registeredBy,
    },
    context,
  })
  const h = c.handling
  if (!h) return complaint
  const update = (data: Record<string, unknown>) =>
    payload.update({ collection: slugs.complaints, id: complaint.id, data, context })
  await update({
    status: 'dispatched',
    department: h.department,
    handler: h.handlerId,
    dispatchedBy: h.dispatcherId,
    dispatchedAt: at(c.registeredAt, 10),
    handlingDeadline: at(c.registeredAt, h.deadlineAfterMinutes ?? 24 * 60),
  })
  if (h.verifiedAfterMinutes !== undefined) {
    await update({
      verifiedAt: at(c.registeredAt, h.verifiedAfterMinutes),
      verifiedBy: h.handlerId,
    })
  }
  if (h.resolvedAfterMinutes === undefined) return complaint
  await update({ status: 'in-progress' })
  await update({
    status: 'resolved',
    resolvedAt: at(c.registeredAt, h.resolvedAfterMinutes),
    resolvedBy: h.resolverId ?? h.dispatcherId,
    result: h.result ?? '已处理完毕',
    writtenReply: h.writtenReply,
    verdict: h.verdict ?? 'substantiated',
    verdictNote: h.verdictNote ?? (h.verdict === 'unsubstantiated' ? '经核实不属实' : '经核实属实'),
  })
  if (c.visit) {
    const visit = (
      await payload.find({
        collection: slugs.returnVisits,
        where: { complaint: { equals: complaint.id } },
        limit: 1,
        depth: 0,
      })
    ).docs[0]
    if (visit) {
      await payload.update({
        collection: slugs.returnVisits,
        id: visit.id,
        data: {
          method: c.visit.method ?? visit.method,
          answeredBy: 'resident',
          quality: c.visit.quality ?? c.visit.overall,
          effect: c.visit.effect ?? c.visit.overall,
          overall: c.visit.overall,
          solved: c.visit.solved ?? c.visit.overall !== 'C',
          residentWords: c.visit.words,
          recordedAt: at(c.registeredAt, h.resolvedAfterMinutes + c.visit.afterDays * 24 * 60),
          recordedBy: visit.assignee,
        },
        context,
      })
    }
  }
  if (c.close) {
    const current = await payload.findByID({
      collection: slugs.complaints,
      id: complaint.id,
      depth: 0,
    })
    if (current.status === 'return-visit') {
      await update({
        status: 'closed',
        closedBy: c.close.byId,
        closedAt: at(c.registeredAt, h.resolvedAfterMinutes + c.close.afterDays * 24 * 60),
      })
    }
  }
  return payload.findByID({ collection: slugs.complaints, id: complaint.id, depth: 0 })
}
