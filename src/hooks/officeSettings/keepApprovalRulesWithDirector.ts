import type { GlobalBeforeChangeHook } from 'payload'

import { mayChangeApprovalRules } from '@/access/officeSettings'
import { changedDesignations } from '@/domain/designations'
import { OFFICE_DEFAULTS } from '@/lib/officeSettings'
import { forbidden } from '@/lib/errors'

type ApprovalRules = { allowSameSigner?: unknown; directorApprovesKinds?: unknown }

const normalise = (settings: ApprovalRules | null | undefined) => ({
  allowSameSigner: Boolean(settings?.allowSameSigner ?? OFFICE_DEFAULTS.allowSameSigner),
  directorApprovesKinds: [
    ...((Array.isArray(settings?.directorApprovesKinds)
      ? settings.directorApprovesKinds
      : OFFICE_DEFAULTS.directorApprovesKinds) as string[]),
  ].sort(),
})

/** The approval-rule settings that differ between two versions of the office settings. */
export const changedApprovalRules = (
  before: ApprovalRules | null | undefined,
  after: ApprovalRules | null | undefined,
): string[] => {
  const a = normalise(before)
  const b = normalise(after)
  const changed: string[] = []
  if (a.allowSameSigner !== b.allowSameSigner) changed.push('allowSameSigner')
  if (a.directorApprovesKinds.join() !== b.directorApprovesKinds.join()) {
    changed.push('directorApprovesKinds')
  }
  return changed
}

/**
 * beforeChange: a client who is not the director (or the administrator) may save the office
 * settings but not change the approval rules or the designations (office head, department heads)
 * in them — refused whole, nothing saved.
 */
export const keepApprovalRulesWithDirector: GlobalBeforeChangeHook = ({
  data,
  originalDoc,
  overrideAccess,
  req,
}) => {
  if (overrideAccess || mayChangeApprovalRules(req.user)) return data
  const changed = [
    ...changedApprovalRules(originalDoc, data),
    // A save that leaves a designation out keeps it: compare what will be stored.
    ...changedDesignations(originalDoc, { ...originalDoc, ...data }),
  ]
  if (changed.length > 0) {
    throw forbidden(
      `只有物业总监可修改审批规则和指定人员 / Only the director changes the approval rules and designations (${changed.join(', ')})`,
    )
  }
  return data
}
