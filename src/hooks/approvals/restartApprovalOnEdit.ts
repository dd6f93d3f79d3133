import type { CollectionBeforeChangeHook } from 'payload'

import { contentHash } from '@/domain/approvals/chain'
import { approvalStateOf } from '@/lib/approvals/act'
import type { ApprovalDefinition } from '@/lib/approvals/definition'
import { conflict } from '@/lib/errors'

type Doc = Record<string, unknown> & { id: number | string }

/**
 * beforeChange factory: an edit of the signed content while a chain is running voids the
 * signatures given so far — the document returns to the proposer in a new round. After approval,
 * the definition decides: a new decision starts a new round, or the edit is refused (409).
 */
export const restartApprovalOnEdit = (
  definition: Pick<ApprovalDefinition, 'collection' | 'contentFields' | 'afterApproval'>,
): CollectionBeforeChangeHook =>
  function restartApprovalOnEditHook({ data, operation, originalDoc, req }) {
    if (operation !== 'update' || !originalDoc || req.context?.approvalWrite) return data
    const before = originalDoc as Doc
    const state = approvalStateOf(before)
    if (state.status !== 'pending' && state.status !== 'approved') return data
    const hashOf = (doc: Record<string, unknown>) =>
      contentHash(definition.collection, before.id, doc, definition.contentFields)
    if (hashOf({ ...before, ...data }) === hashOf(before)) return data
    if (state.status === 'approved' && definition.afterApproval === 'refuse') {
      throw conflict(
        '已批准的内容不能直接修改，请提交新版本 / Approved content cannot be edited in place; submit a new version',
      )
    }
    return {
      ...data,
      approval: {
        ...((before.approval as object) ?? {}),
        status: 'none',
        step: 0,
        round: state.round + 1,
        awaitingRoles: '',
        contentHash: null,
      },
    }
  }
