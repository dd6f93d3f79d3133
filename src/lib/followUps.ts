import type { CollectionSlug, PayloadRequest, Where } from 'payload'

import type { Measure } from '@/domain/followUps/measures'
import type { FollowUpSourceKind } from '@/domain/followUps/workflow'
import { rolesOf } from '@/domain/roles'
import { invalidField } from '@/lib/errors'
import { serverReq } from '@/lib/serverWrite'
import type { FollowUp } from '@/payload-types'
import { slugs } from '@/slugs'

type Id = number | string

/** A case a follow-up comes from: `{ relationTo: 'complaints', value: 12 }`. */
export type FollowUpSource = NonNullable<FollowUp['source']>

/**
 * Raises a follow-up from server code (a hook of the feature that needs one: a complaint's review,
 * a return visit's open point, a meeting's decision…). It is written in the caller's transaction
 * (`req` is passed), so a rolled-back change leaves no follow-up behind; `raisedBy` is the signed-in
 * user, or empty when the system raises it (a job). Server rights: the caller's code, not its user,
 * decided that the item exists.
 */
export const createFollowUp = async (
  req: PayloadRequest,
  input: {
    title: string
    owner: Id
    deadline: Date | string
    sourceKind: FollowUpSourceKind
    source?: FollowUpSource
    details?: string
  },
): Promise<FollowUp> =>
  req.payload.create({
    collection: slugs.followUps,
    data: {
      title: input.title,
      details: input.details,
      owner: input.owner as number,
      deadline: new Date(input.deadline).toISOString(),
      sourceKind: input.sourceKind,
      source: input.source,
    },
    depth: 0,
    req: serverReq(req),
  })

/**
 * The owner of a follow-up: a member of staff (a role besides the administrator's, who owns no
 * follow-ups), or 400 naming the field the client sent the owner in. Read in the caller's
 * transaction, so a refusal between writes rolls back those before it.
 */
export const requireStaffOwner = async (
  req: PayloadRequest,
  id: Id,
  refusal: { collection: string; field: string; message: string },
) => {
  const owner = await req.payload
    .findByID({ collection: slugs.users, id, depth: 0, req })
    .catch(() => null)
  if (!owner || !rolesOf(owner).some((role) => role !== 'admin')) {
    throw invalidField(refusal.collection, refusal.field, refusal.message)
  }
  return owner
}

/**
 * Measures followed until done (a suggestion's rectification plan, a complaint's review): one
 * follow-up per measure, and the record's `field` rewritten as its rows, each linked to its
 * follow-up (a server write of a server field), all in the caller's transaction. Returns the
 * follow-ups' ids.
 */
export const followUpMeasures = async (
  req: PayloadRequest,
  args: {
    collection: CollectionSlug
    id: Id
    field: string
    measures: readonly Measure[]
    ownerRefusal: string
    sourceKind: FollowUpSourceKind
    title: (measure: Measure) => string
    details: (measure: Measure) => string
  },
): Promise<Id[]> => {
  const links: Id[] = []
  for (const measure of args.measures) {
    const owner = await requireStaffOwner(req, measure.owner, {
      collection: args.collection,
      field: measure.ownerField,
      message: args.ownerRefusal,
    })
    const followUp = await createFollowUp(req, {
      title: args.title(measure),
      owner: owner.id,
      deadline: measure.deadline,
      sourceKind: args.sourceKind,
      source: { relationTo: args.collection, value: args.id } as FollowUpSource,
      details: args.details(measure),
    })
    links.push(followUp.id)
  }
  await req.payload.update({
    collection: args.collection,
    id: args.id,
    data: {
      [args.field]: args.measures.map((m, index) => ({
        text: m.text,
        owner: m.owner,
        deadline: m.deadline,
        followUp: links[index],
      })),
    },
    depth: 0,
    req: serverReq(req),
  })
  return links
}

/** Open follow-ups past their deadline at `now` (what `isOverdue` says, as a query). */
export const overdueFollowUpsWhere = (now: Date): Where => ({
  and: [{ status: { equals: 'open' } }, { deadline: { less_than: now.toISOString() } }],
})

/**
 * Marks done the open follow-ups of one kind raised from a case (a promised reply kept by the next
 * reply), in the caller's transaction, with server rights: the case's own action settled them.
 */
export const settleFollowUps = async (
  req: PayloadRequest,
  input: { source: FollowUpSource; sourceKind: FollowUpSourceKind; note: string; by: Id },
): Promise<number> => {
  const open = await req.payload.find({
    collection: slugs.followUps,
    where: {
      and: [
        { status: { equals: 'open' } },
        { sourceKind: { equals: input.sourceKind } },
        { 'source.relationTo': { equals: input.source.relationTo } },
        { 'source.value': { equals: input.source.value } },
      ],
    },
    depth: 0,
    pagination: false,
    select: { status: true },
    req,
  })
  for (const item of open.docs) {
    await req.payload.update({
      collection: slugs.followUps,
      id: item.id,
      data: {
        status: 'done',
        doneNote: input.note,
        doneAt: new Date().toISOString(),
        confirmedBy: input.by as number,
      },
      depth: 0,
      req: serverReq(req),
    })
  }
  return open.docs.length
}
