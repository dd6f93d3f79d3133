import { readsAsRole } from '@/access/hasRole'
import { FORMS, FORM_KEYS, formControl } from '@/domain/forms'
import { MANAGER_ROLES } from '@/domain/roles'
import { DOCUMENT_KEEPERS } from '@/domain/documents/control'
import { approvalsFor } from '@/lib/approvals/pending'
import { slugs } from '@/slugs'

import type { DashboardContext, PanelProvider } from './types'

const count = async (
  ctx: DashboardContext,
  collection: 'violations' | 'archived-documents' | 'document-loans',
  where: object,
) =>
  (
    await ctx.payload.count({
      collection,
      where: where as never,
      overrideAccess: false,
      user: ctx.user,
      req: ctx.req,
    })
  ).totalDocs

/** 待我审批: documents waiting for the user's step, and their proposals returned with a rejection. */
export const approvalsPanel: PanelProvider = {
  key: 'approvals',
  title: { zh: '待我审批', en: 'Approvals waiting for me' },
  requires: [slugs.approvalLog],
  visible: () => true,
  load: async (ctx) => {
    const mine = await approvalsFor(ctx.req, ctx.user, ctx.office)
    return {
      waiting: { total: mine.waiting.length, items: mine.waiting.slice(0, 8) },
      returned: { total: mine.returned.length, items: mine.returned.slice(0, 5) },
    }
  },
}

/** 违章: decisions in approval, rectifications overdue, money approved and not yet collected. */
export const violationsPanel: PanelProvider = {
  key: 'violations',
  title: { zh: '违章处理', en: 'Violations' },
  requires: [slugs.violations],
  visible: (user) => readsAsRole(user, ...MANAGER_ROLES, 'site-captain', 'admin'),
  load: async (ctx) => ({
    awaitingApproval: await count(ctx, slugs.violations, {
      status: { equals: 'pending-approval' },
    }),
    rectificationOverdue: await count(ctx, slugs.violations, {
      and: [{ rectificationOverdue: { equals: true } }, { status: { not_equals: 'resolved' } }],
    }),
    toCollect: await count(ctx, slugs.violations, {
      and: [{ effective: { equals: true } }, { outstanding: { greater_than: 0 } }],
    }),
    open: await count(ctx, slugs.violations, { status: { not_equals: 'resolved' } }),
  }),
}

/** 文件与档案: drafts in review, documents past their retention, loans overdue. */
export const documentsPanel: PanelProvider = {
  key: 'documents',
  title: { zh: '文件与档案', en: 'Documents' },
  requires: [slugs.archivedDocuments, slugs.documentLoans],
  visible: (user) => readsAsRole(user, ...DOCUMENT_KEEPERS, 'site-manager', 'admin'),
  load: async (ctx) => ({
    inReview: await count(ctx, slugs.archivedDocuments, { status: { equals: 'in-review' } }),
    dueForDisposal: await count(ctx, slugs.archivedDocuments, {
      and: [
        { retentionUntil: { less_than_equal: ctx.now.toISOString() } },
        { status: { not_equals: 'destroyed' } },
      ],
    }),
    loansOverdue: await count(ctx, slugs.documentLoans, {
      and: [{ status: { equals: 'lent' } }, { dueAt: { less_than: ctx.now.toISOString() } }],
    }),
    forms: await formsNeedingControl(ctx),
  }),
}

/**
 * The printed forms that are not printable under control: linked to no entry in document control
 * (they print as 未受控副本), or whose entry is in review or withdrawn (they cannot be printed).
 */
const formsNeedingControl = async (ctx: DashboardContext) => {
  const linked = await ctx.payload.find({
    collection: slugs.archivedDocuments,
    where: { printedForm: { exists: true } },
    select: { printedForm: true, number: true, status: true, effectiveVersion: true },
    depth: 0,
    pagination: false,
    overrideAccess: false,
    user: ctx.user,
    req: ctx.req,
  })
  return FORM_KEYS.flatMap((key) => {
    const entries = linked.docs.filter((d) => d.printedForm === key)
    const checked = formControl(entries)
    if (checked.ok && checked.control.controlled) return []
    return [
      {
        key,
        title: FORMS[key].title,
        state: checked.ok ? ('unlinked' as const) : ('unusable' as const),
        reason: checked.ok ? null : checked.reason.zh,
      },
    ]
  })
}
