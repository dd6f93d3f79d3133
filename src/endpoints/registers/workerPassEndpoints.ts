import fs from 'fs/promises'
import path from 'path'

import type { Endpoint } from 'payload'
import { NotFound } from 'payload'

import { relationId } from '@/domain/relations'
import type { PassState } from '@/domain/registers/passWorkflow'
import { passWorkflow } from '@/domain/registers/passWorkflow'
import { formatLocal } from '@/domain/time'
import { requireUser } from '@/lib/endpointUser'
import { officeSettings } from '@/lib/officeSettings'
import { SERVER_WRITE } from '@/lib/serverWrite'
import { attachmentDir } from '@/lib/storageDirs'
import type { CaseType } from '@/lib/workflow/caseType'
import { workflowEndpoints } from '@/lib/workflow/endpoints'
import type { WorkerPass } from '@/payload-types'
import { pdfResponse } from '@/pdf/pdfKit'
import { letterheadFor } from '@/lib/printing/letterhead'
import { renderWorkerPass } from '@/pdf/workerPass'
import { slugs } from '@/slugs'

import { nameOf } from './readSources'

/** Worker passes on the workflow engine: `POST /api/worker-passes/:id/actions/return`. */
export const workerPassCase: CaseType<PassState, undefined, unknown, WorkerPass> = {
  workflow: passWorkflow,
  toState: (doc) => ({ status: doc.status ?? 'issued' }),
  writeContext: () => ({ [SERVER_WRITE]: true }),
}

/** pdfkit prints JPEG and PNG; another kind of photo leaves the box empty to paste one in. */
const PRINTABLE = new Set(['image/jpeg', 'image/png'])

/**
 * `GET /api/worker-passes/:id/pass.pdf` — the pass to cut out and hand over. Read as the user;
 * the photo through the attachments' own access (held by the pass), from the uploads folder.
 */
export const printWorkerPass: Endpoint = {
  path: '/:id/pass.pdf',
  method: 'get',
  handler: async (req) => {
    const user = requireUser(req)
    const id = String(req.routeParams?.id ?? '')
    if (!/^\d{1,15}$/.test(id)) throw new NotFound(req.t)
    const pass = await req.payload.findByID({
      collection: slugs.workerPasses,
      id,
      depth: 1,
      overrideAccess: false,
      user,
      req,
    })
    const office = await officeSettings(req)
    let photo: Buffer | null = null
    const photoId = relationId(pass.photo)
    if (photoId !== undefined) {
      const file = await req.payload
        .findByID({
          collection: slugs.attachments,
          id: photoId,
          depth: 0,
          overrideAccess: false,
          user,
          req,
        })
        .catch(() => null)
      if (file?.filename && PRINTABLE.has(String(file.mimeType))) {
        photo = await fs
          .readFile(path.resolve(attachmentDir(), path.basename(file.filename)))
          .catch(() => null)
      }
    }
    const day = (iso: string | null | undefined) => formatLocal(iso, office.timezone).slice(0, 10)
    const bytes = await renderWorkerPass(
      {
        number: pass.number ?? '',
        workerName: pass.workerName,
        company: pass.company,
        unit: nameOf(pass.unit, 'code') ?? '',
        validFrom: day(pass.validFrom),
        validUntil: day(pass.validUntil),
        issuedAt: day(pass.issuedAt),
        issuedBy: nameOf(pass.issuedBy) ?? '',
        photo,
        returned: pass.status === 'returned',
      },
      await letterheadFor(req, 'workerPass'),
    )
    return pdfResponse(bytes, `临时出入证-${pass.number}.pdf`)
  },
}

export const workerPassEndpoints: Endpoint[] = [
  ...workflowEndpoints(workerPassCase),
  printWorkerPass,
]
