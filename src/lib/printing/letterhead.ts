import fs from 'fs/promises'
import path from 'path'

import type { PayloadRequest } from 'payload'

import type { FormEntry, FormKey } from '@/domain/forms'
import { formControl } from '@/domain/forms'
import { formatLocal } from '@/domain/time'
import { conflict } from '@/lib/errors'
import { officeSettings } from '@/lib/officeSettings'
import { attachmentDir } from '@/lib/storageDirs'
import type { Letterhead } from '@/pdf/pdfKit'
import { slugs } from '@/slugs'

/**
 * The entries in document control linked to a form, as published (a revision still in review is
 * a draft version and does not change what is printed). Read by the server whoever prints: the
 * number and version are printed on the form for all to see, whatever the printer may read of
 * document control itself.
 */
export const formEntries = async (req: PayloadRequest, form: FormKey): Promise<FormEntry[]> => {
  const found = await req.payload.find({
    collection: slugs.archivedDocuments,
    where: { printedForm: { equals: form } },
    select: { number: true, status: true, effectiveVersion: true },
    depth: 0,
    limit: 20,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return found.docs.map((d) => ({
    id: d.id,
    number: d.number,
    status: d.status,
    effectiveVersion: d.effectiveVersion,
  }))
}

const logoCache = new Map<string, Buffer>()

/** The logo's bytes (office settings → attachments), or null when none is set or it is gone. */
const logoBytes = async (req: PayloadRequest, id: number): Promise<Buffer | null> => {
  const logo = await req.payload
    .findByID({
      collection: slugs.attachments,
      id,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
      req,
    })
    .catch(() => null)
  if (!logo?.filename || !/^image\/(png|jpeg)$/.test(String(logo.mimeType))) return null
  const key = `${logo.id}:${logo.filename}:${logo.updatedAt}`
  const cached = logoCache.get(key)
  if (cached) return cached
  const bytes = await fs
    .readFile(path.join(attachmentDir(), path.basename(logo.filename)))
    .catch(() => null)
  if (bytes) logoCache.set(key, bytes)
  return bytes
}

/**
 * Everything a printed form's header and footer need: the company's name and logo from office
 * settings and the form's control. A form whose entry is in review or withdrawn is refused
 * (409 with the reason), before anything is rendered or recorded.
 */
export const letterheadFor = async (req: PayloadRequest, form: FormKey): Promise<Letterhead> => {
  const checked = formControl(await formEntries(req, form))
  if (!checked.ok) throw conflict(`${checked.reason.zh} / ${checked.reason.en}`)
  const office = await officeSettings(req)
  return {
    companyName: office.companyName,
    logo: office.companyLogo ? await logoBytes(req, office.companyLogo) : null,
    control: checked.control,
    printedAt: formatLocal(new Date().toISOString(), office.timezone),
  }
}
