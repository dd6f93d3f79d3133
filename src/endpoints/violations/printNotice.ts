import type { Endpoint } from 'payload'
import { APIError } from 'payload'

import { NOTICE_TYPES } from '@/domain/violations/ladder'
import { requireUser } from '@/lib/endpointUser'
import { storedBytes } from '@/lib/storageDirs'
import { pdfResponse } from '@/pdf/pdfKit'

import {
  findIssued,
  latestMeasureFor,
  noticeFilename,
  noticeTypeFrom,
  readViolation,
} from './notices'

/**
 * `GET /api/violations/:id/notice.pdf?type=rectification|payment-reminder|public` — the notice
 * issued for the latest measure of that type, byte for byte as it was handed out, for anyone who
 * may read the case. It only reads: before `POST …/notices` has issued it, 404.
 */
export const printViolationNotice: Endpoint = {
  path: '/:id/notice.pdf',
  method: 'get',
  handler: async (req) => {
    const user = requireUser(req)
    const type = noticeTypeFrom(req.searchParams.get('type'))
    const violation = await readViolation(req, user)
    const row = latestMeasureFor(violation, type)
    const issued = row?.id ? await findIssued(req, violation.id, row.id, type) : null
    if (!issued) {
      // 404 (src/lib/errors.ts has no constructor for it).
      throw new APIError(
        `此案尚未签发${NOTICE_TYPES[type].zh} / No ${NOTICE_TYPES[type].en.toLowerCase()} has been issued for this case's latest measure`,
        404,
        null,
        true,
      )
    }
    return pdfResponse(await storedBytes(issued), noticeFilename(type, issued.number))
  },
}
