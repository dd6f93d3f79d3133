import type { Role } from '../roles'
import { MANAGER_ROLES } from '../roles'
import type { Workflow } from '../workflow'
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

export type DocumentState = {
  status: keyof typeof DOCUMENT_STATUSES
  requiresAcknowledgement: boolean
  /** The version in effect, which a manager signs as read. */
  versionLabel: string
}

/** Whether the acting manager has already signed the version in effect as read. */
export type DocumentContext = { acknowledgedByActor: boolean }

/** What an acknowledgement records (outside the document: one row per manager and version). */
export type DocumentExtra = { acknowledge?: { versionLabel: string } }

const KEEPERS: readonly Role[] = DOCUMENT_KEEPERS

/**
 * Actions on a controlled document besides its approval chain (which drafts and publishes it):
 * the keepers withdraw an effective document (作废), managers sign that they have read the version
 * in effect (签阅).
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
      from: ['effective'],
      allowed: (state, actor) =>
        state.requiresAcknowledgement && actor.roles.some((r) => MANAGER_ROLES.includes(r)),
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
      if (!actor.roles.some((r) => MANAGER_ROLES.includes(r))) {
        return refuse(403, '签阅由各经理进行 / Managers sign to acknowledge')
      }
      if (state.status !== 'effective' || !state.requiresAcknowledgement) {
        return refuse(409, '此文件无需签阅 / This document does not ask to be acknowledged')
      }
      if (context.acknowledgedByActor) {
        return refuse(409, '您已签阅此版本 / You have already acknowledged this version')
      }
      return { ok: true, data: {}, extra: { acknowledge: { versionLabel: state.versionLabel } } }
    }
    return refuse(400, `未知操作 / Unknown action: ${action}`, 'action')
  },
}
