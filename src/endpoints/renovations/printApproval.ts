import type { Endpoint } from 'payload'
import { NotFound } from 'payload'

import { DEPOSIT_STATUSES, RENOVATION_STATUSES } from '@/domain/renovation/workflow'
import { formatLocal } from '@/domain/time'
import { nameOf } from '@/endpoints/registers/readSources'
import { requireUser } from '@/lib/endpointUser'
import { officeSettings } from '@/lib/officeSettings'
import { letterheadFor } from '@/lib/printing/letterhead'
import { renovationRules } from '@/lib/renovation/rules'
import type { Renovation } from '@/payload-types'
import { pdfResponse } from '@/pdf/pdfKit'
import { renderRenovationApproval } from '@/pdf/renovationApproval'
import { slugs } from '@/slugs'

const periods = (rows: ReadonlyArray<{ start: string; end: string }>) =>
  rows.map((p) => `${p.start}–${p.end}`).join('、')

/**
 * `GET /api/renovations/:id/approval.pdf` — 装修申请审批表, for whoever may read the renovation,
 * read as them (a guard's copy has no ID numbers or phones). Printed under the form rules
 * (`letterheadFor`: 409 while the form's entry is in review; 未受控副本 while it has none).
 * Writes nothing.
 */
export const printRenovationApproval: Endpoint = {
  path: '/:id/approval.pdf',
  method: 'get',
  handler: async (req) => {
    const user = requireUser(req)
    const id = String(req.routeParams?.id ?? '')
    if (!/^\d{1,15}$/.test(id)) throw new NotFound(req.t)
    const r: Renovation = await req.payload.findByID({
      collection: slugs.renovations,
      id,
      depth: 1,
      overrideAccess: false,
      user,
      req,
    })
    const head = await letterheadFor(req, 'renovationApproval')
    const { timezone } = await officeSettings(req)
    const rules = await renovationRules(req)
    const day = (iso: string | null | undefined) => formatLocal(iso, timezone).slice(0, 10)
    const deposit = r.deposit ?? {}
    const depositStatus = DEPOSIT_STATUSES[deposit.status ?? 'none']
    const decided = r.decidedAt
      ? `${r.status === 'rejected' ? '不批准' : '同意'}  ${nameOf(r.decidedBy) ?? ''}  ${formatLocal(r.decidedAt, timezone)}${r.decisionNote ? `\n${r.decisionNote}` : ''}`
      : '待现场经理审批 / Awaiting the site manager'
    const bytes = await renderRenovationApproval(
      {
        number: r.number ?? '',
        status: RENOVATION_STATUSES[r.status ?? 'applied']?.zh ?? String(r.status),
        unitCode: nameOf(r.unit, 'code') ?? '',
        residentName: nameOf(r.resident),
        contractorName: r.contractorName,
        contractorLicence: r.contractorLicence,
        contractorContact: r.contractorContact,
        scope: r.scope,
        startDate: day(r.startDate),
        endDate: day(r.endDate),
        hours:
          (r.requestedHours ?? [])
            .map((h) => `${h.start}–${h.end}${h.noisy ? '（噪音作业）' : ''}`)
            .join('、') || '按规定时段 / The permitted hours',
        rules: `施工 ${periods(rules.workPeriods)}；噪音作业 ${periods(rules.noisyPeriods)}${rules.noisyOnWeekends ? '' : '（周末不得噪音作业）'}`,
        workers: (r.workers ?? []).map((w) => ({
          name: w.name,
          idNumber: w.idNumber,
          phone: w.phone,
        })),
        agreement: r.agreement?.signedAt
          ? `${r.agreement.number ?? ''} 签订于 ${day(r.agreement.signedAt)}`
          : '未签订 / Not signed',
        deposit: deposit.receivedAt
          ? `${Number(deposit.amount ?? 0).toFixed(2)} 元，${day(deposit.receivedAt)} 由 ${nameOf(deposit.receivedBy) ?? ''} 收取；${depositStatus?.zh ?? ''}${deposit.reason ? `（${deposit.reason}）` : ''}`
          : '未收 / Not received',
        decision: decided,
      },
      head,
    )
    return pdfResponse(bytes, `装修申请审批表-${r.number}.pdf`)
  },
}
