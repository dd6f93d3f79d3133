import type { PayloadRequest, TypedUser } from 'payload'

import type { Measure, NoticeType } from '@/domain/violations/ladder'
import { NOTICE_TYPES, isNoticeType } from '@/domain/violations/ladder'
import { conflict, invalidField } from '@/lib/errors'
import { slugs } from '@/slugs'

export type MeasureRow = {
  id?: string | null
  measure: Measure
  takenAt?: string | null
  outcome?: string | null
  deadline?: string | null
  amount?: number | null
  approvedBy?: unknown
  approvedAt?: string | null
}

/** The notice type asked for, or 400 naming `type`. */
export const noticeTypeFrom = (value: unknown): NoticeType => {
  if (!isNoticeType(value)) {
    throw invalidField(
      slugs.violations,
      'type',
      '通知类型应为 rectification、payment-reminder 或 public / type must be rectification, payment-reminder or public',
    )
  }
  return value
}

/** The case as the user may read it (404 otherwise). */
export const readViolation = (req: PayloadRequest, user: TypedUser, depth = 0) =>
  req.payload.findByID({
    collection: slugs.violations,
    id: String(req.routeParams?.id),
    depth,
    overrideAccess: false,
    user,
    req,
  })

/** The latest measure a notice of this type prints, if it has been taken. */
export const latestMeasureFor = (
  violation: { measures?: unknown },
  type: NoticeType,
): MeasureRow | null => {
  const wanted: readonly Measure[] = NOTICE_TYPES[type].measures
  const row = [...((violation.measures ?? []) as MeasureRow[])]
    .reverse()
    .find((m) => wanted.includes(m.measure))
  return row?.id ? row : null
}

/** 409 saying why there is no measure to issue this notice for. */
export const noMeasureConflict = (violation: { decision?: unknown }, type: NoticeType) => {
  const drafted = (violation.decision as { measure?: Measure } | undefined)?.measure
  if (drafted && (NOTICE_TYPES[type].measures as readonly Measure[]).includes(drafted)) {
    return conflict(
      '处理决定尚未经物业总监签署生效，不能签发通知 / The decision has not been signed by the director; its notice cannot be issued',
    )
  }
  return conflict(
    `尚未采取“${NOTICE_TYPES[type].zh}”对应的措施 / No such measure has been taken on this case`,
  )
}

/** The notice already issued for this measure, if any. */
export const findIssued = (
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

export const noticeFilename = (type: NoticeType, number: string) =>
  `${NOTICE_TYPES[type].zh}-${number}.pdf`
