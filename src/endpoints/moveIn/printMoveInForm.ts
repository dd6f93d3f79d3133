import type { Endpoint, PayloadRequest } from 'payload'

import type { MoveInRecord, StepRecord } from '@/domain/moveIn/workflow'
import { relationId } from '@/domain/relations'
import { requireUser } from '@/lib/endpointUser'
import { conflict } from '@/lib/errors'
import { officeSettings } from '@/lib/officeSettings'
import { letterheadFor } from '@/lib/printing/letterhead'
import type { Resident } from '@/payload-types'
import type { MoveInPrint, SignedStep } from '@/pdf/moveInForms'
import {
  renderInspection,
  renderKeyCustody,
  renderKeyHandover,
  renderRegistration,
} from '@/pdf/moveInForms'
import { pdfResponse } from '@/pdf/pdfKit'
import { slugs } from '@/slugs'

const KIND_LABELS: Record<string, string> = {
  owner: '业主 Owner',
  tenant: '租户 Tenant',
  'commercial-tenant': '商户 Commercial tenant',
}

const ID_TYPES: Record<string, string> = {
  'mainland-id': '居民身份证',
  'hk-macao-taiwan': '港澳台通行证',
  passport: '护照',
  other: '其他证件',
}

const FOLLOW_UP_STATUS: Record<string, string> = { open: '跟进中 Open', done: '已完成 Done' }

const staffName = async (req: PayloadRequest, value: unknown): Promise<string | null> => {
  const id = relationId(value)
  if (id === undefined) return null
  const user = await req.payload
    .findByID({ collection: slugs.users, id, depth: 0, req })
    .catch(() => null)
  return user ? user.name || user.email : null
}

const signed = async (req: PayloadRequest, step: StepRecord | null | undefined) => ({
  staffName: await staffName(req, step?.staff),
  date: step?.date ?? null,
  note: typeof step?.note === 'string' ? step.note : null,
})

const notSigned = (zh: string, en: string) =>
  conflict(`「${zh}」尚未办理签字，不能打印 / ${en} is not signed yet: nothing to print`)

type FormName = 'registration' | 'inspection' | 'key-handover' | 'key-custody'

const FORM_OF: Record<
  FormName,
  'moveInRegistration' | 'houseInspection' | 'keyHandover' | 'keyCustody'
> = {
  registration: 'moveInRegistration',
  inspection: 'houseInspection',
  'key-handover': 'keyHandover',
  'key-custody': 'keyCustody',
}

/**
 * The move-in forms as the paper forms (`GET /api/residents/:id/move-in/<form>.pdf`): the
 * registration form, the joint inspection, the key handover and the key custody, each once its step
 * is signed (409 before), for whoever may read the resident — read as the user, so confidential
 * data prints only for roles entitled to it. Printed under the form rules (`letterheadFor`:
 * 未受控副本 while the form is not under document control; 409 while its entry is in review).
 * Writes nothing.
 */
const printForm = (form: FormName): Endpoint => ({
  path: `/:id/move-in/${form}.pdf`,
  method: 'get',
  handler: async (req) => {
    const user = requireUser(req)
    const resident: Resident = await req.payload.findByID({
      collection: slugs.residents,
      id: String(req.routeParams?.id),
      depth: 0,
      overrideAccess: false,
      user,
      req,
    })
    const moveIn = (resident.moveIn ?? {}) as MoveInRecord
    const office = await officeSettings(req)
    const unitIds = (resident.units ?? []).map(relationId).filter((id) => id !== undefined)
    const units = await req.payload.find({
      collection: slugs.units,
      where: { id: { in: unitIds } },
      depth: 0,
      limit: Math.max(unitIds.length, 1),
      select: { code: true },
      overrideAccess: false,
      user,
      req,
    })
    const base: MoveInPrint = {
      residentId: resident.id,
      residentName: resident.name,
      kindLabel: KIND_LABELS[resident.kind] ?? resident.kind,
      archiveNo: resident.archiveNo ?? null,
      unitCodes: units.docs.map((u) => u.code ?? String(u.id)).join('、'),
      companyName: resident.companyName ?? null,
      timezone: office.timezone,
    }
    const filename = `${resident.name}-${form}.pdf`
    const keys = moveIn.keys ?? {}
    if (form === 'registration') {
      if (!moveIn.registrationForm?.done)
        throw notSigned('业主基本信息登记表', 'The registration form')
      const head = await letterheadFor(req, FORM_OF[form])
      const bytes = await renderRegistration(
        {
          ...base,
          phone: resident.phone ?? null,
          email: resident.email ?? null,
          idType: resident.idType ? (ID_TYPES[resident.idType] ?? resident.idType) : null,
          idNumber: resident.idNumber ?? null,
          emergencyContacts: (resident.emergencyContacts ?? []).map((c) => ({
            name: c.name,
            relation: c.relation ?? null,
            phone: c.phone ?? null,
          })),
          step: await signed(req, moveIn.registrationForm),
        },
        head,
      )
      return pdfResponse(bytes, filename)
    }
    if (form === 'inspection') {
      const inspection = moveIn.jointInspection
      if (!inspection?.done) throw notSigned('房屋验收单', 'The joint inspection')
      const head = await letterheadFor(req, FORM_OF[form])
      const defects =
        (inspection.defects as NonNullable<
          NonNullable<Resident['moveIn']>['jointInspection']
        >['defects']) ?? []
      const followUpIds = defects
        .map((d) => relationId(d.followUp))
        .filter((id) => id !== undefined)
      const followUps =
        followUpIds.length > 0
          ? await req.payload.find({
              collection: slugs.followUps,
              where: { id: { in: followUpIds } },
              depth: 0,
              limit: followUpIds.length,
              select: { status: true },
              req,
            })
          : { docs: [] }
      const statusOf = (value: unknown) => {
        const found = followUps.docs.find((f) => f.id === relationId(value))
        return found ? (FOLLOW_UP_STATUS[String(found.status)] ?? String(found.status)) : null
      }
      const bytes = await renderInspection(
        {
          ...base,
          developerRep: (inspection.developerRep as string | null) ?? null,
          items: (
            (inspection.items as Array<{
              item: string
              passed?: boolean | null
              note?: string | null
            }>) ?? []
          ).map((i) => ({ item: i.item, passed: i.passed === true, note: i.note ?? null })),
          defects: defects.map((d) => ({
            description: d.description,
            location: d.location ?? null,
            deadline: d.deadline ?? null,
            followUpStatus: statusOf(d.followUp),
          })),
          step: await signed(req, inspection),
        },
        head,
      )
      return pdfResponse(bytes, filename)
    }
    if (form === 'key-handover') {
      if (!keys.done || keys.arrangement !== 'handed-over') {
        throw notSigned('钥匙交接单', 'The key handover')
      }
      const head = await letterheadFor(req, FORM_OF[form])
      const bytes = await renderKeyHandover(
        {
          ...base,
          keys: (keys.handedOverKeys as Array<{ kind: string; count: number }>) ?? [],
          recipient: (keys.recipient as string | null) ?? null,
          fromCustody: keys.fromCustody === true,
          step: await signed(req, keys),
        },
        head,
      )
      return pdfResponse(bytes, filename)
    }
    if (!keys.custodyAt) throw notSigned('钥匙托管书', 'The key custody')
    const head = await letterheadFor(req, FORM_OF[form])
    const step: SignedStep = {
      staffName: await staffName(req, keys.custodyBy),
      date: (keys.custodyAt as string | null) ?? null,
    }
    const bytes = await renderKeyCustody(
      {
        ...base,
        keys: (keys.custodyKeys as Array<{ kind: string; count: number }>) ?? [],
        location: (keys.location as string | null) ?? null,
        reason: (keys.reason as string | null) ?? null,
        step,
      },
      head,
    )
    return pdfResponse(bytes, filename)
  },
})

export const printMoveInForms: Endpoint[] = (
  ['registration', 'inspection', 'key-handover', 'key-custody'] as const
).map(printForm)
