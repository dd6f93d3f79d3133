import { createHash } from 'crypto'
import fs from 'fs/promises'
import path from 'path'

import type { Endpoint, PayloadRequest } from 'payload'
import { commitTransaction, initTransaction, killTransaction } from 'payload'

import { settings } from '@/config/settings'
import { localYearMonth } from '@/domain/time'
import type { Measure, NoticeType, ViolationKind } from '@/domain/violations/ladder'
import { MEASURES, NOTICE_TYPES, VIOLATION_KINDS, isNoticeType } from '@/domain/violations/ladder'
import { requireUser } from '@/lib/endpointUser'
import { conflict, invalidField } from '@/lib/errors'
import { relationId } from '@/lib/households'
import { nextSequenceNumber } from '@/lib/nextSequenceNumber'
import { officeSettings } from '@/lib/officeSettings'
import { queueEmail } from '@/lib/queueEmail'
import { serverReq } from '@/lib/serverWrite'
import { pdfResponse } from '@/pdf/document'
import { renderViolationNotice } from '@/pdf/violationNotice'
import { slugs } from '@/slugs'

type MeasureRow = {
  id?: string | null
  measure: Measure
  takenAt?: string | null
  outcome?: string | null
  deadline?: string | null
  amount?: number | null
  approvedBy?: unknown
  approvedAt?: string | null
}

const nameOf = (value: unknown): string | null =>
  value && typeof value === 'object' && 'name' in value
    ? String((value as { name: unknown }).name)
    : null

const noticeDir = () =>
  path.resolve(process.cwd(), process.env.UPLOAD_DIR || 'data/uploads', 'notices')

/** The bytes of an issued notice, checked against the SHA-256 recorded when it was issued. */
const storedBytes = async (notice: { filename?: string | null; sha256: string }) => {
  const bytes = await fs.readFile(path.join(noticeDir(), String(notice.filename)))
  if (createHash('sha256').update(bytes).digest('hex') !== notice.sha256) {
    throw conflict('通知文件与签发记录不符 / The stored notice does not match its record')
  }
  return bytes
}

const findIssued = (
  req: PayloadRequest,
  violationId: number | string,
  measureId: string,
  type: NoticeType,
) =>
  req.payload
    .find({
      collection: slugs.issuedNotices,
      where: {
        and: [
          { violation: { equals: violationId } },
          { measureId: { equals: measureId } },
          { type: { equals: type } },
        ],
      },
      depth: 0,
      limit: 1,
      req,
    })
    .then((r) => r.docs[0] ?? null)

/**
 * `GET /api/violations/:id/notice.pdf?type=rectification|payment-reminder|public` — the notice for
 * the latest measure of that type. The first request issues it: numbered `TZ-YYYYMM-NNNN`, stored
 * as an upload with its SHA-256, and emailed to the resident if they have an address (a queued
 * job). Every later request returns the same bytes. A decision not yet signed by the director has
 * no notice: 409.
 */
export const printViolationNotice: Endpoint = {
  path: '/:id/notice.pdf',
  method: 'get',
  handler: async (req) => {
    const user = requireUser(req)
    const type = req.searchParams.get('type')
    if (!isNoticeType(type)) {
      throw invalidField(
        slugs.violations,
        'type',
        '通知类型应为 rectification、payment-reminder 或 public / type must be rectification, payment-reminder or public',
      )
    }
    const violation = await req.payload.findByID({
      collection: slugs.violations,
      id: String(req.routeParams?.id),
      depth: 1,
      overrideAccess: false,
      user,
      req,
    })
    const wanted: readonly Measure[] = NOTICE_TYPES[type].measures
    const row = [...((violation.measures ?? []) as MeasureRow[])]
      .reverse()
      .find((m) => wanted.includes(m.measure))
    if (!row?.id) {
      const drafted = (violation.decision as { measure?: Measure } | undefined)?.measure
      if (drafted && wanted.includes(drafted)) {
        throw conflict(
          '处理决定尚未经物业总监签署生效，不能打印通知 / The decision has not been signed by the director; its notice cannot be printed',
        )
      }
      throw conflict(
        `尚未采取“${NOTICE_TYPES[type].zh}”对应的措施 / No such measure has been taken on this case`,
      )
    }
    const filename = (number: string) => `${NOTICE_TYPES[type].zh}-${number}.pdf`
    const existing = await findIssued(req, violation.id, row.id, type)
    if (existing) return pdfResponse(await storedBytes(existing), filename(existing.number))

    const shouldCommit = await initTransaction(req)
    try {
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
        settings.companyName,
      )
      const sha256 = createHash('sha256').update(bytes).digest('hex')
      const email = (resident as { email?: string | null } | null)?.email ?? null
      const issued = await req.payload.create({
        collection: slugs.issuedNotices,
        data: {
          number,
          type,
          violation: violation.id,
          measureId: row.id,
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
        overrideAccess: true,
        req: serverReq(req),
      })
      if (email) {
        await queueEmail(req, {
          to: [email],
          subject: `【${NOTICE_TYPES[type].zh}】${number} ${settings.companyName}`,
          text: [
            `${resident?.name ?? ''}：`,
            `附件为本公司发出的${NOTICE_TYPES[type].zh}（编号 ${number}，措施：${MEASURES[row.measure].zh}），请查阅。`,
            `Attached: ${NOTICE_TYPES[type].en} ${number} from ${settings.companyName}.`,
          ].join('\n'),
          attachments: [
            {
              filename: `${number}.pdf`,
              contentType: 'application/pdf',
              base64: bytes.toString('base64'),
            },
          ],
        })
      }
      if (shouldCommit) await commitTransaction(req)
      return pdfResponse(await storedBytes(issued), filename(number))
    } catch (error) {
      await killTransaction(req)
      throw error
    }
  },
}
