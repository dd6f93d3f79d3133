import type { Endpoint } from 'payload'

import { hasRole } from '@/access/hasRole'
import { checkNoOverlap } from '@/hooks/documents/prepareLoan'
import { requireUser } from '@/lib/endpointUser'
import { conflict, forbidden, invalidField } from '@/lib/errors'
import { relationId } from '@/domain/relations'
import { serverReq } from '@/lib/serverWrite'
import { slugs } from '@/slugs'

/**
 * `POST /api/document-loans/:id/actions/lend|return` — the document controller hands the
 * documents out (only an approved loan, and never overlapping another loan of a paper original)
 * and takes them back.
 */
export const takeLoanAction: Endpoint = {
  path: '/:id/actions/:action',
  method: 'post',
  handler: async (req) => {
    const user = requireUser(req)
    if (!hasRole(user, 'document-controller')) {
      throw forbidden(
        '借出与归还由文件管理员登记 / The document controller records lending and returns',
      )
    }
    const id = String(req.routeParams?.id)
    const action = String(req.routeParams?.action)
    const loan = await req.payload.findByID({
      collection: slugs.documentLoans,
      id,
      depth: 0,
      overrideAccess: false,
      user,
      req,
    })
    const now = new Date().toISOString()
    let data: Record<string, unknown>
    if (action === 'lend') {
      if (loan.status !== 'approved') {
        throw conflict(
          loan.status === 'requested'
            ? '借阅尚未获领导批准 / The loan has not been approved by a leader'
            : '此借阅不能借出 / This loan cannot be lent now',
        )
      }
      await checkNoOverlap(req, {
        id: loan.id,
        documents: ((loan.documents ?? []) as unknown[]).map((d) => relationId(d) as number),
        startAt: new Date(now),
        dueAt: new Date(loan.dueAt),
      })
      data = { status: 'lent', lentAt: now, lentBy: user.id }
    } else if (action === 'return') {
      if (loan.status !== 'lent') throw conflict('此借阅未借出 / This loan is not out')
      data = { status: 'returned', returnedAt: now, returnedTo: user.id, overdue: false }
    } else {
      throw invalidField(slugs.documentLoans, 'action', `未知操作 / Unknown action: ${action}`)
    }
    const doc = await req.payload.update({
      collection: slugs.documentLoans,
      id,
      data,
      depth: 0,
      overrideAccess: true,
      req: serverReq(req),
    })
    return Response.json({ doc, message: 'OK' })
  },
}
