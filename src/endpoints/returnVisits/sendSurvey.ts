import type { Endpoint, PayloadRequest } from 'payload'
import { commitTransaction, initTransaction, killTransaction } from 'payload'

import { hasRole } from '@/access/hasRole'
import { relationId } from '@/domain/relations'
import { MANAGER_ROLES } from '@/domain/roles'
import { requireUser } from '@/lib/endpointUser'
import { conflict, forbidden } from '@/lib/errors'
import { officeSettings } from '@/lib/officeSettings'
import { queueEmail } from '@/lib/queueEmail'
import { surveyView } from '@/lib/survey/survey'
import { issueSurveyToken, surveyPath } from '@/lib/survey/tokens'
import { lockCase } from '@/lib/workflow/lockCase'
import type { ReturnVisit } from '@/payload-types'
import { pdfResponse } from '@/pdf/pdfKit'
import { renderSurveySlip } from '@/pdf/surveySlip'
import { slugs } from '@/slugs'

/** The email on file of the household's resident (a visit to a unit without one has none). */
const residentEmail = async (req: PayloadRequest, visit: ReturnVisit): Promise<string | null> => {
  const household = visit.household ?? ''
  if (!household.startsWith('resident:')) return null
  const resident = await req.payload.findByID({
    collection: slugs.residents,
    id: household.slice('resident:'.length),
    depth: 0,
    select: { email: true },
    req,
    disableErrors: true,
  })
  return resident?.email?.trim() || null
}

/**
 * `POST /api/return-visits/:id/actions/send-survey` — a link for the resident to answer the visit
 * themselves (书面回访 by link, `/survey/<token>`). For the visit's assignee or a manager (403 for
 * anyone else, 404 for a visit they cannot read); a recorded visit gets 409. Issues a new link
 * (the visit's earlier link stops working), valid for the office's `surveyLinkDays`, and queues
 * the mail to the resident's email when there is one, in one transaction under the visit's lock.
 * Answers `{ url, expiresAt, emailed }`; with `?slip=true` the answer is instead the printable
 * slip (PDF) carrying the same new link, for the door or the notice board.
 */
export const sendSurvey: Endpoint = {
  path: '/:id/actions/send-survey',
  method: 'post',
  handler: async (req) => {
    const user = requireUser(req)
    const id = String(req.routeParams?.id)
    const slip = req.searchParams?.get('slip') === 'true'
    const shouldCommit = await initTransaction(req)
    try {
      await lockCase(req, slugs.returnVisits, id)
      const visit = await req.payload.findByID({
        collection: slugs.returnVisits,
        id,
        depth: 0,
        overrideAccess: false,
        user,
        req,
      })
      const assignee = relationId(visit.assignee)
      if (assignee !== user.id && !hasRole(user, ...MANAGER_ROLES, 'admin')) {
        throw forbidden(
          '只有回访人或经理可发送问卷 / Only the visit’s assignee or a manager may send the survey',
        )
      }
      if (visit.status === 'done') {
        throw conflict('此回访已记录，不能再发送问卷 / This visit is already recorded')
      }
      const office = await officeSettings(req)
      const now = new Date()
      const { token, expiresAt } = await issueSurveyToken(req, visit.id, {
        days: office.surveyLinkDays,
        now,
        sentBy: typeof user.id === 'number' ? user.id : null,
      })
      const url = `${req.payload.config.serverURL}${surveyPath(token)}`
      const view = await surveyView(req, visit, expiresAt.toISOString())
      const email = await residentEmail(req, visit)
      if (email) {
        await queueEmail(req, {
          to: [email],
          subject: `【${view.estate}】诚邀您评价我们的服务 / Please rate our service`,
          text: [
            '尊敬的住户：',
            '',
            `感谢您对物业服务中心工作的支持。关于${view.matter}，诚邀您在 ${view.expiresOn} 前打开以下链接，为我们的服务评分（约 1 分钟，无需登录，只能提交一次）：`,
            '',
            url,
            '',
            `${office.companyName} 物业服务中心`,
            '',
            'Please rate our service by opening the link above (about a minute, no sign-in, once).',
          ].join('\n'),
        })
      }
      // Drawn before the commit: a slip that cannot be printed leaves the earlier link working.
      const bytes = slip
        ? await renderSurveySlip({
            companyName: office.companyName,
            estate: view.estate,
            matter: view.matter,
            url,
            expiresOn: view.expiresOn,
          })
        : null
      if (shouldCommit) await commitTransaction(req)
      if (bytes) return pdfResponse(bytes, `回访问卷-${visit.id}.pdf`)
      return Response.json({ url, expiresAt: expiresAt.toISOString(), emailed: Boolean(email) })
    } catch (error) {
      await killTransaction(req)
      throw error
    }
  },
}
