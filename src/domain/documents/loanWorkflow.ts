import type { Workflow } from '../workflow'
import { refuse } from '../workflow'

/** A loan of archived documents: asked for, approved by a leader, lent, returned. */
export const LOAN_STATUSES = {
  requested: { zh: '待批准', en: 'Awaiting approval' },
  approved: { zh: '已批准', en: 'Approved' },
  lent: { zh: '已借出', en: 'Lent' },
  returned: { zh: '已归还', en: 'Returned' },
} as const

export type LoanState = { status: keyof typeof LOAN_STATUSES }

/**
 * 借阅: the document controller hands the documents out (an approved loan only) and takes them
 * back. Whether a paper original is already out is a fact of the database (`checkNoOverlap`).
 */
export const loanWorkflow: Workflow<LoanState> = {
  collection: 'document-loans',
  label: { zh: '借阅', en: 'Loan' },
  statuses: LOAN_STATUSES,
  actions: [
    {
      key: 'lend',
      label: { zh: '借出', en: 'Lend' },
      roles: ['document-controller'],
      from: ['approved'],
      tone: 'primary',
    },
    {
      key: 'return',
      label: { zh: '归还', en: 'Returned' },
      roles: ['document-controller'],
      from: ['lent'],
      tone: 'primary',
    },
  ],
  plan: ({ action, state, actor, now }) => {
    if (!actor.roles.includes('document-controller')) {
      return refuse(
        403,
        '借出与归还由文件管理员登记 / The document controller records lending and returns',
      )
    }
    const at = now.toISOString()
    if (action === 'lend') {
      if (state.status !== 'approved') {
        return refuse(
          409,
          state.status === 'requested'
            ? '借阅尚未获领导批准 / The loan has not been approved by a leader'
            : '此借阅不能借出 / This loan cannot be lent now',
        )
      }
      return { ok: true, data: { status: 'lent', lentAt: at, lentBy: actor.id } }
    }
    if (action === 'return') {
      if (state.status !== 'lent') return refuse(409, '此借阅未借出 / This loan is not out')
      return {
        ok: true,
        data: { status: 'returned', returnedAt: at, returnedTo: actor.id, overdue: false },
      }
    }
    return refuse(400, `未知操作 / Unknown action: ${action}`, 'action')
  },
}
