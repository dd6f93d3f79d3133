import type { CollectionBeforeChangeHook } from 'payload'

import type { ChainConditions, ChainDraft } from '@/domain/approvals/chainRules'
import { checkChain } from '@/domain/approvals/chainRules'
import { rolesThatMayRead } from '@/lib/approvals/chainReaders'
import { approvalDefinitions } from '@/lib/approvals/registry'
import { invalidField } from '@/lib/errors'
import { officeSettings } from '@/lib/officeSettings'
import { DEFAULT_CHAINS } from '@/lib/requestContext'
import { slugs } from '@/slugs'

const CONDITION_FIELDS: ReadonlyArray<keyof ChainConditions> = [
  'severities',
  'violationKinds',
  'documentKinds',
  'amountOver',
  'amountUpTo',
]

const isSet = (value: unknown) =>
  Array.isArray(value) ? value.length > 0 : value !== null && value !== undefined && value !== ''

/**
 * beforeChange: the procedure's guard rails on a chain the office saves (400 naming the field and
 * the rule, nothing saved; `checkChain` in src/domain/approvals/chainRules.ts), and the version:
 * 1 on create, one more on every change. The defaults written from the code skip the check.
 */
export const checkApprovalChain: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  const merged = { ...(originalDoc ?? {}), ...data } as Record<string, unknown>
  const version = operation === 'create' ? 1 : Number(originalDoc?.version ?? 0) + 1
  if (req.context?.[DEFAULT_CHAINS]) return { ...data, version }
  const fail = (field: string, message: string) => {
    throw invalidField(slugs.approvalChains, field, message)
  }
  const collection = String(merged.collectionSlug ?? '')
  const definition = approvalDefinitions[collection]
  if (!definition) {
    return fail('collectionSlug', '此类记录不使用审批链 / These records use no approval chain')
  }
  if (operation === 'update' && originalDoc?.collectionSlug !== collection) {
    return fail(
      'collectionSlug',
      '审批链所属的记录类别不能修改，请新建 / A chain cannot move to other records; create a new one',
    )
  }
  const conditions = (merged.conditions ?? {}) as ChainConditions
  const allowed = definition.conditionFields ?? []
  const foreign = CONDITION_FIELDS.find(
    (field) => !allowed.includes(field) && isSet(conditions[field]),
  )
  if (foreign) {
    return fail(
      `conditions.${foreign}`,
      `此类记录不能按此条件选择审批链 / This condition does not apply to these records`,
    )
  }
  const others = await req.payload.find({
    collection: slugs.approvalChains,
    where: {
      and: [
        { collectionSlug: { equals: collection } },
        { active: { equals: true } },
        ...(originalDoc?.id !== undefined ? [{ id: { not_equals: originalDoc.id } }] : []),
      ],
    },
    depth: 0,
    pagination: false,
    req,
  })
  const office = await officeSettings(req)
  const verdict = checkChain(
    {
      collection,
      key: String(merged.key ?? ''),
      active: merged.active !== false,
      conditions,
      steps: (merged.steps ?? []) as ChainDraft['steps'],
    },
    {
      others: others.docs.map((o) => ({
        key: o.key,
        conditions: (o.conditions ?? {}) as ChainConditions,
      })),
      readers: await rolesThatMayRead(req, collection),
      allowSameSigner: office.allowSameSigner,
      procedure: definition.procedure ?? null,
      hasDepartment: Boolean(definition.departmentField),
    },
  )
  if (!verdict.ok) return fail(verdict.field, `[${verdict.rule}] ${verdict.message}`)
  return { ...data, version }
}
