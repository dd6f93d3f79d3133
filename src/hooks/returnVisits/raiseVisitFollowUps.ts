import type { CollectionAfterChangeHook } from 'payload'

import { DEPARTMENTS } from '@/domain/complaints/categories'
import { relationId } from '@/domain/relations'
import { visitMeasures } from '@/domain/returnVisits/programme'
import { departmentHeadOf } from '@/lib/designations'
import { followUpMeasures } from '@/lib/followUps'
import type { ReturnVisit } from '@/payload-types'
import { slugs } from '@/slugs'

/**
 * afterChange: when a visit is recorded, what it leaves to be done becomes follow-up items, in
 * the recording's transaction (000 §2.1(3), (4)): each point promised a reply (the recorder's,
 * due at the promised time, escalated when late), and the shortcomings and suggestions for the
 * visit's department (its head's; without one, the recorder's). The rows on the visit name them.
 * The rows are written once, on the recording: the next save finds the visit already `done`.
 */
export const raiseVisitFollowUps: CollectionAfterChangeHook<ReturnVisit> = async ({
  doc,
  previousDoc,
  req,
}) => {
  if (doc.status !== 'done' || previousDoc?.status === 'done') return doc
  const recorder = relationId(doc.recordedBy) ?? relationId(doc.assignee)
  if (recorder === undefined) return doc
  const head = doc.department ? await departmentHeadOf(req, doc.department) : null
  const measures = visitMeasures({
    points: doc.points,
    shortcomings: doc.shortcomings,
    suggestions: doc.suggestions,
    recorder,
    departmentOwner: head?.id ?? null,
    recordedAt: doc.recordedAt ?? new Date().toISOString(),
  })
  if (measures.length === 0) return doc
  const department = doc.department
    ? DEPARTMENTS[doc.department as keyof typeof DEPARTMENTS]?.zh
    : null
  await followUpMeasures(req, {
    collection: slugs.returnVisits,
    id: doc.id,
    field: 'followUps',
    measures,
    ownerRefusal: '跟进负责人不是在职员工 / The owner of a follow-up is not on the staff',
    sourceKind: 'return-visit',
    title: (m) => `回访 #${doc.id}${department ? `（${department}）` : ''}：${m.text.slice(0, 80)}`,
    details: (m) => m.text,
  })
  return doc
}
