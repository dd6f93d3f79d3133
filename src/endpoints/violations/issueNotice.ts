import { createHash } from 'crypto'

import { letterheadFor } from '@/lib/printing/letterhead'
import { noticeForm } from '@/pdf/violationNotice'
import type { Endpoint } from 'payload'
import { ValidationError, commitTransaction, initTransaction, killTransaction } from 'payload'

import { mayIssueNotices } from '@/access/issuedNotices'
import { localYearMonth } from '@/domain/time'
import type { ViolationKind } from '@/domain/violations/ladder'
import { MEASURES, NOTICE_TYPES, VIOLATION_KINDS } from '@/domain/violations/ladder'
import { readBody, requireUser } from '@/lib/endpointUser'
import { conflict, forbidden } from '@/lib/errors'
import { relationId } from '@/domain/relations'
import { nextSequenceNumber } from '@/lib/nextSequenceNumber'
import { officeSettings } from '@/lib/officeSettings'
import { queueEmail } from '@/lib/queueEmail'
import { serverReq } from '@/lib/serverWrite'
import { renderViolationNotice } from '@/pdf/violationNotice'
import { slugs } from '@/slugs'

import {
  findIssued,
  latestMeasureFor,
  noMeasureConflict,
  noticeTypeFrom,
  readViolation,
} from './notices'

const nameOf = (value: unknown): string | null =>
  value && typeof value === 'object' && 'name' in value
    ? String((value as { name: unknown }).name)
    : null

/**
 * `POST /api/violations/:id/notices` with `{ type }` — issues (签发) the notice for the latest
 * measure of that type: numbered `TZ-YYYYMM-NNNN`, stored with its SHA-256 in `issued-notices`,
 * and emailed to the resident if they have an address (a job queued in the same transaction).
 * Once per measure (409 after); a decision not yet signed by the director has no notice (409).
 * The site captain and the managers issue; 201 with the notice record.
 */
export const issueViolationNotice: Endpoint = {
  path: '/:id/notices',
  method: 'post',
  handler: async (req) => {
    const user = requireUser(req)
    if (!mayIssueNotices(user)) {
      throw forbidden(
        '只有现场队长和经理可以签发通知 / Only the site captain and managers issue notices',
      )
    }
    const type = noticeTypeFrom((await readBody(req)).type)
    const violation = await readViolation(req, user, 1)
    const row = latestMeasureFor(violation, type)
    if (!row?.id) throw noMeasureConflict(violation, type)
    const measureId = row.id

    const shouldCommit = await initTransaction(req)
    try {
      const existing = await findIssued(req, violation.id, measureId, type)
      if (existing) {
        throw conflict(
          `此措施的${NOTICE_TYPES[type].zh}已签发（${existing.number}） / This notice was already issued for this measure (${existing.number})`,
        )
      }
      // A notice form withdrawn or in review is refused before a number is drawn.
      const head = await letterheadFor(req, noticeForm(type))
      const office = await officeSettings(req)
      const now = new Date()
      const month = localYearMonth(now, office.timezone).replace('-', '')
      const number = `TZ-${month}-${String(await nextSequenceNumber(req, `TZ-${month}`)).padStart(4, '0')}`
      const unit = typeof violation.unit === 'object' ? violation.unit : null
      const resident = typeof violation.resident === 'object' ? violation.resident : null
      const approver = row.approvedBy
        ? await req.payload
            .findByID({
              collection: slugs.users,
              id: relationId(row.approvedBy) as number,
              depth: 0,
              req,
            })
            .catch(() => null)
        : null
      const bytes = await renderViolationNotice(
        {
          type,
          noticeNumber: number,
          violationNumber: violation.number ?? String(violation.id),
          unitCode: unit?.code ?? '',
          residentName: resident?.name ?? null,
          kindLabel: VIOLATION_KINDS[violation.kind as ViolationKind]?.zh ?? violation.kind,
          occurredAt: violation.occurredAt,
          location: violation.location ?? null,
          description: violation.description,
          measure: row.measure,
          outcome: row.outcome ?? null,
          deadline: row.deadline ?? null,
          amount: row.amount ?? null,
          approvedByName:
            nameOf(approver) ?? (approver as { email?: string } | null)?.email ?? null,
          approvedAt: row.approvedAt ?? null,
          issuedAt: now,
          timezone: office.timezone,
        },
        head,
      )
      const sha256 = createHash('sha256').update(bytes).digest('hex')
      const email = (resident as { email?: string | null } | null)?.email ?? null
      const issued = await req.payload
        .create({
          collection: slugs.issuedNotices,
          data: {
            number,
            type,
            violation: violation.id,
            measureId,
            sha256,
            issuedBy: user.id,
            issuedAt: now.toISOString(),
            emailedTo: email,
          },
          file: {
            data: bytes,
            mimetype: 'application/pdf',
            name: `${number}.pdf`,
            size: bytes.length,
          },
          depth: 0,
          overrideAccess: true,
          req: serverReq(req),
        })
        .catch((error: unknown) => {
          // Two issuers at once: the unique (violation, measure, type) index lets one through, and
          // both adapters report the other as a ValidationError ('Value must be unique').
          if (error instanceof ValidationError) {
            throw conflict('此通知刚刚已被签发 / This notice has just been issued')
          }
          throw error
        })
      if (email) {
        await queueEmail(req, {
          to: [email],
          subject: `【${NOTICE_TYPES[type].zh}】${number} ${head.companyName}`,
          text: [
            `${resident?.name ?? ''}：`,
            `附件为本公司发出的${NOTICE_TYPES[type].zh}（编号 ${number}，措施：${MEASURES[row.measure].zh}），请查阅。`,
            `Attached: ${NOTICE_TYPES[type].en} ${number} from ${head.companyName}.`,
          ].join('\n'),
          // The record, not the bytes: the job reads (and checks) the stored PDF when sending.
          attachments: [{ issuedNotice: issued.id }],
        })
      }
      if (shouldCommit) await commitTransaction(req)
      return Response.json(
        { doc: issued, message: `已签发 ${number} / Issued ${number}` },
        { status: 201 },
      )
    } catch (error) {
      await killTransaction(req)
      throw error
    }
  },
}
