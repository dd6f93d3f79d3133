import type { PayloadRequest } from 'payload'

import { KEY_KINDS } from '@/domain/keys/register'
import type { MoveInExtra, MoveInRecord, MoveInState } from '@/domain/moveIn/workflow'
import { moveInStatus, moveInWorkflow } from '@/domain/moveIn/workflow'
import { relationId } from '@/domain/relations'
import { conflict } from '@/lib/errors'
import { createFollowUp, requireStaffOwner } from '@/lib/followUps'
import { SERVER_WRITE, serverReq } from '@/lib/serverWrite'
import type { CaseType } from '@/lib/workflow/caseType'
import type { Resident } from '@/payload-types'
import { slugs } from '@/slugs'

type Id = number | string

/** The unit codes of a resident, for key tags and follow-up titles. */
const unitCodes = async (req: PayloadRequest, resident: Resident): Promise<string> => {
  const ids = (resident.units ?? []).map(relationId).filter((id) => id !== undefined)
  if (ids.length === 0) return ''
  const units = await req.payload.find({
    collection: slugs.units,
    where: { id: { in: ids } },
    depth: 0,
    limit: ids.length,
    select: { code: true },
    req,
  })
  return units.docs.map((u) => u.code ?? String(u.id)).join('、')
}

/** Defects found at the joint inspection: one follow-up each, linked back on the defect's row. */
const followDefects = async (
  req: PayloadRequest,
  doc: Resident,
  moveIn: MoveInRecord,
  defects: NonNullable<MoveInExtra['defects']>,
) => {
  const units = await unitCodes(req, doc)
  const links: Id[] = []
  for (const defect of defects.items) {
    const followUp = await createFollowUp(req, {
      title: `【验房缺陷】${units} ${doc.name}：${defect.description}`.slice(0, 200),
      owner: defects.owner,
      deadline: defects.deadline,
      sourceKind: 'house-inspection',
      source: { relationTo: slugs.residents, value: doc.id } as never,
      details: `房屋验收发现须开发商整改的缺陷 / Defect for the developer to repair\n${defect.description}${defect.location ? `\n部位 Where: ${defect.location}` : ''}`,
    })
    links.push(followUp.id)
  }
  const inspection = moveIn.jointInspection ?? {}
  const rows = (inspection.defects as Array<Record<string, unknown>> | undefined) ?? []
  await req.payload.update({
    collection: slugs.residents,
    id: doc.id,
    data: {
      moveIn: {
        ...moveIn,
        jointInspection: {
          ...inspection,
          defects: rows.map((row, i) => ({ ...row, followUp: links[i] })),
        },
      } as Resident['moveIn'],
    },
    depth: 0,
    req: serverReq(req),
  })
  return links
}

/** Keys held in custody while the developer repairs: entered in the office's key register. */
const registerCustodyKeys = async (
  req: PayloadRequest,
  doc: Resident,
  custody: NonNullable<MoveInExtra['custodyKeys']>,
) => {
  const units = (doc.units ?? []).map(relationId)
  const codes = await unitCodes(req, doc)
  const ids: Id[] = []
  for (const line of custody.lines) {
    const key = await req.payload.create({
      collection: slugs.keys,
      data: {
        label: `${codes.split('、')[0] || doc.name}-${KEY_KINDS[line.kind].zh}`,
        unit: (units[0] as number) ?? null,
        resident: doc.id,
        kind: line.kind,
        count: line.count,
        location: custody.location,
        origin: 'custody',
      },
      depth: 0,
      req: serverReq(req),
    })
    ids.push(key.id)
  }
  return ids
}

/**
 * Keys handed over after custody leave the office's register: marked handed to the owner. A key
 * of theirs still lent (to the developer's workers) must come back through the shift log first.
 */
const releaseCustodyKeys = async (req: PayloadRequest, doc: Resident) => {
  const held = await req.payload.find({
    collection: slugs.keys,
    where: {
      and: [
        { resident: { equals: doc.id } },
        { origin: { equals: 'custody' } },
        { status: { not_equals: 'handed-over' } },
      ],
    },
    depth: 0,
    pagination: false,
    select: { status: true, label: true },
    req,
  })
  const lent = held.docs.find((k) => k.status === 'lent')
  if (lent) {
    throw conflict(
      `托管钥匙「${lent.label}」借出未还，归还后才能交接 / A key held in custody is lent: it must be returned first`,
    )
  }
  for (const key of held.docs) {
    await req.payload.update({
      collection: slugs.keys,
      id: key.id,
      data: { status: 'handed-over' },
      depth: 0,
      req: serverReq(req),
    })
  }
  return held.docs.map((k) => k.id)
}

/**
 * Move-in on the workflow engine: each step an action on the resident (`POST
 * /api/residents/:id/actions/:action`), signed by the member of staff and dated, in one
 * transaction with what it raises elsewhere — a follow-up per defect of the joint inspection, the
 * custody keys in the key register, and those keys leaving the register when handed over.
 */
export const moveInCase: CaseType<MoveInState, undefined, MoveInExtra, Resident> = {
  workflow: moveInWorkflow,
  toState: (doc) => {
    const moveIn = (doc.moveIn ?? {}) as MoveInRecord
    return { status: moveInStatus(moveIn), moveIn }
  },
  writeContext: () => ({ [SERVER_WRITE]: true }),
  verify: async ({ req, plan }) => {
    const owner = plan.extra?.defects?.owner
    if (owner !== undefined) {
      await requireStaffOwner(req, owner, {
        collection: slugs.residents,
        field: 'owner',
        message: '整改跟进人须为在职员工 / The person following the repairs is on the staff',
      })
    }
  },
  apply: async ({ req, plan, doc, action }) => {
    const moveIn = plan.data.moveIn as MoveInRecord
    if (action === 'inspect' && plan.extra?.defects) {
      return { followUps: await followDefects(req, doc, moveIn, plan.extra.defects) }
    }
    if (action === 'take-keys-into-custody' && plan.extra?.custodyKeys) {
      return { keys: await registerCustodyKeys(req, doc, plan.extra.custodyKeys) }
    }
    if (action === 'hand-over-keys' && moveIn.keys?.fromCustody) {
      return { keysReleased: await releaseCustodyKeys(req, doc) }
    }
  },
}
