import type { Role } from '../roles'
import { MANAGER_ROLES, isRole } from '../roles'
import type { Actor, Workflow } from '../workflow'
import { refuse } from '../workflow'

import { DOCUMENT_KEEPERS } from './control'

/** A controlled document's life: drafted, approved into effect, replaced, withdrawn, destroyed. */
export const DOCUMENT_STATUSES = {
  draft: { zh: '草稿', en: 'Draft' },
  'in-review': { zh: '审批中', en: 'In review' },
  effective: { zh: '现行有效', en: 'Effective' },
  superseded: { zh: '已被替代', en: 'Superseded' },
  obsolete: { zh: '已作废', en: 'Obsolete' },
  destroyed: { zh: '已销毁', en: 'Destroyed' },
} as const

/** What asks to be signed in one version: whether it does, and the roles whose holders sign. */
export type AcknowledgementTerms = {
  requiresAcknowledgement: boolean
  /** The roles that must sign (签阅); none stored means the managers (MANAGER_ROLES). */
  acknowledgeRoles?: readonly string[] | null
}

export type DocumentState = AcknowledgementTerms & {
  status: keyof typeof DOCUMENT_STATUSES
  /** The version in effect (or, before the first approval, the draft's own label). */
  versionLabel: string
  /**
   * A revision of an effective document waiting in its approval chain: its label and its own
   * terms (signed before it takes effect, as company rules handed down are).
   */
  review?: (AcknowledgementTerms & { versionLabel: string }) | null
}

/** The versions the acting person has already signed for this document. */
export type DocumentContext = { acknowledgedVersions?: readonly string[] }

/** What an acknowledgement records (outside the document: one row per person and version). */
export type DocumentExtra = { acknowledge?: { versionLabel: string } }

/** The roles that sign a version: those it names, or the managers when it names none. */
export const rolesToAcknowledge = (terms: AcknowledgementTerms): Role[] => {
  const named = (terms.acknowledgeRoles ?? []).filter(isRole)
  return named.length > 0 ? named : [...MANAGER_ROLES]
}

/** Whether someone holding `roles` is asked to sign a version with these terms. */
export const isAskedToSign = (terms: AcknowledgementTerms, roles: readonly Role[]) =>
  terms.requiresAcknowledgement && roles.some((r) => rolesToAcknowledge(terms).includes(r))

export type SignableVersion = { versionLabel: string; stage: 'effective' | 'in-review' }

/**
 * The versions of a document that ask to be signed (签阅), before and after they take effect:
 * the version in effect; a document in its first approval (its draft's label, e.g. `A/0`); a
 * revision in review (its draft's label, e.g. `A/1`, while `A/0` is in effect). A draft not yet
 * submitted, a withdrawn or destroyed document asks for nothing: what is signed is a version that
 * is in effect or on its way there, by its label, never a text that may still change unreviewed.
 * With `roles`, only the versions those roles are asked to sign.
 */
export const versionsToAcknowledge = (
  state: DocumentState,
  roles?: readonly Role[],
): SignableVersion[] => {
  const asked = (terms: AcknowledgementTerms) =>
    roles ? isAskedToSign(terms, roles) : terms.requiresAcknowledgement
  const versions: SignableVersion[] = []
  if ((state.status === 'effective' || state.status === 'in-review') && asked(state)) {
    versions.push({ versionLabel: state.versionLabel, stage: state.status })
  }
  if (
    state.status === 'effective' &&
    state.review &&
    state.review.versionLabel !== state.versionLabel &&
    asked(state.review)
  ) {
    versions.push({ versionLabel: state.review.versionLabel, stage: 'in-review' })
  }
  return versions
}

/** Whether someone may sign some version of the document now (before counting what they signed). */
export const mayAcknowledge = (state: DocumentState, actor: Actor) =>
  versionsToAcknowledge(state, actor.roles).length > 0

const KEEPERS: readonly Role[] = DOCUMENT_KEEPERS

/**
 * Actions on a controlled document besides its approval chain (which drafts and publishes it):
 * the keepers withdraw an effective document (作废); everyone holding a role the document names
 * signs that they have read it (签阅), the version in effect or the one in review.
 */
export const documentWorkflow: Workflow<DocumentState, DocumentContext, DocumentExtra> = {
  collection: 'archived-documents',
  label: { zh: '受控文件', en: 'Controlled document' },
  statuses: DOCUMENT_STATUSES,
  actions: [
    {
      key: 'obsolete',
      label: { zh: '作废', en: 'Make obsolete' },
      roles: KEEPERS,
      from: ['effective'],
      inputs: [
        {
          name: 'reason',
          type: 'textarea',
          required: true,
          label: { zh: '作废原因', en: 'Reason' },
        },
      ],
      tone: 'danger',
      confirm: { zh: '确认作废此文件？', en: 'Withdraw this document from use?' },
    },
    {
      key: 'acknowledge',
      label: { zh: '签阅', en: 'Acknowledge' },
      roles: MANAGER_ROLES,
      from: ['effective', 'in-review'],
      allowed: mayAcknowledge,
      inputs: (state) => {
        const versions = versionsToAcknowledge(state)
        return versions.length > 1
          ? [
              {
                name: 'versionLabel',
                type: 'select' as const,
                label: { zh: '签阅版本', en: 'Version' },
                defaultValue: versions[0].versionLabel,
                options: versions.map((v) => ({
                  value: v.versionLabel,
                  label:
                    v.stage === 'effective'
                      ? { zh: `${v.versionLabel}（现行）`, en: `${v.versionLabel} (in effect)` }
                      : { zh: `${v.versionLabel}（审批中）`, en: `${v.versionLabel} (in review)` },
                })),
              },
            ]
          : []
      },
    },
  ],
  plan: ({ action, state, body, actor, context }) => {
    if (action === 'obsolete') {
      if (!actor.roles.some((r) => KEEPERS.includes(r))) {
        return refuse(
          403,
          '只有档案员和经理可以作废文件 / Only the keepers make a document obsolete',
        )
      }
      if (state.status !== 'effective') {
        return refuse(409, '只有现行文件可以作废 / Only a document in effect can be made obsolete')
      }
      const reason = typeof body.reason === 'string' ? body.reason.trim() : ''
      if (!reason) return refuse(400, '请说明作废原因 / Give the reason', 'reason')
      return { ok: true, data: { status: 'obsolete', obsoleteReason: reason } }
    }
    if (action === 'acknowledge') {
      const anyVersion = versionsToAcknowledge(state)
      if (anyVersion.length === 0) {
        return refuse(409, '此文件无需签阅 / This document does not ask to be acknowledged')
      }
      const mine = versionsToAcknowledge(state, actor.roles)
      if (mine.length === 0) {
        return refuse(
          403,
          '您的岗位不在此文件的签阅范围 / Your role is not asked to sign this document',
        )
      }
      const signed = new Set(context.acknowledgedVersions ?? [])
      const asked = typeof body.versionLabel === 'string' ? body.versionLabel.trim() : ''
      const chosen = asked
        ? mine.find((v) => v.versionLabel === asked)
        : (mine.find((v) => !signed.has(v.versionLabel)) ?? mine[0])
      if (!chosen) {
        return refuse(
          400,
          `可签阅的版本：${mine.map((v) => v.versionLabel).join('、')} / Versions to sign: ${mine.map((v) => v.versionLabel).join(', ')}`,
          'versionLabel',
        )
      }
      if (signed.has(chosen.versionLabel)) {
        return refuse(409, '您已签阅此版本 / You have already acknowledged this version')
      }
      return { ok: true, data: {}, extra: { acknowledge: { versionLabel: chosen.versionLabel } } }
    }
    return refuse(400, `未知操作 / Unknown action: ${action}`, 'action')
  },
}
