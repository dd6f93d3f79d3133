import path from 'path'

import PDFDocument from 'pdfkit'
import type { Payload } from 'payload'

import { lexicalFromText } from '@/lib/lexical'
import type { ArchivedDocument, Attachment } from '@/payload-types'
import { globalSlugs, slugs } from '@/slugs'

import { createComplaint } from '../helpers/factories'
import type { ErrorBody } from '../helpers/payload'
import { errorPaths } from '../helpers/payload'
import { pdfText } from '../helpers/pdf'
import type { StaffMember } from '../helpers/staff'
import type { RestClient, Staff, Testbed } from '../helpers/testbed'
import { expectUnchanged, startTestbed } from '../helpers/testbed'

/**
 * 003 篇3: every form is approved before use and carries its number and version. A printed form
 * takes both from its entry in document control, as in effect on the day it is printed.
 */
let tb: Testbed
let payload: Payload
let rest: RestClient
let staff: Staff
let tokenOf: (member: StaffMember) => Promise<string>
let complaintId: number

beforeAll(async () => {
  tb = await startTestbed('form-control', {
    env: { UPLOAD_DIR: path.resolve('test/.tmp', `uploads-forms-${process.pid}`) },
  })
  ;({ payload, rest, staff, tokenOf } = tb)
  complaintId = (await createComplaint(payload)).id
})

afterAll(async () => {
  await tb?.shutdown()
})

const controller = () => staff['document-controller']

const printSlip = async (member: StaffMember = staff['cs-clerk']) => {
  const res = await rest.get<Uint8Array & ErrorBody>(`/complaints/${complaintId}/slip.pdf`, {
    token: await tokenOf(member),
  })
  return {
    status: res.status,
    body: res.body,
    text: res.status === 200 ? (await pdfText(res.body as Uint8Array)).text : '',
    raw: res.status === 200 ? Buffer.from(res.body as Uint8Array).toString('latin1') : '',
  }
}

const createForm = async (body: Record<string, unknown>) =>
  rest.post<{ doc: ArchivedDocument } & ErrorBody>('/archived-documents?draft=true', {
    token: await tokenOf(controller()),
    body: {
      title: '客户投诉处理单',
      kind: 'form',
      department: 'customer-service',
      content: lexicalFromText('投诉人、房号、投诉内容、处理结果。'),
      changeNote: '初版',
      ...body,
    },
  })

/** The manager chain of a form: author, site manager, property manager. */
const approve = async (id: number) => {
  for (const member of [controller(), staff['site-manager'], staff['property-manager']]) {
    const res = await rest.post<ErrorBody>(`/approvals/archived-documents/${id}/approve`, {
      token: await tokenOf(member),
      body: {},
    })
    expect(res.status).toBe(200)
  }
}

const dashboardForms = async () => {
  const res = await rest.get<{
    panels: Array<{ key: string; data: { forms: Array<{ key: string; state: string }> } }>
  }>('/dashboard', { token: await tokenOf(controller()) })
  expect(res.status).toBe(200)
  return res.body.panels.find((p) => p.key === 'documents')?.data.forms ?? []
}

let entryId: number

describe('a form with no entry in document control', () => {
  it('prints as an uncontrolled copy, with the company name from office settings and its page numbers', async () => {
    await payload.updateGlobal({
      slug: globalSlugs.officeSettings,
      data: { companyName: '青松物业管理有限公司' },
    })
    const slip = await printSlip()
    expect(slip.status).toBe(200)
    expect(slip.text).toContain('未受控副本')
    expect(slip.text).toContain('青松物业管理有限公司')
    expect(slip.text).toMatch(/第 1 页 共 \d+ 页/)
    // Its own signature lines: the customer confirms, the supervisor signs off.
    expect(slip.text).toContain('客户确认')
    expect(slip.text).toContain('直接主管审核')
    expect(slip.raw).not.toMatch(/\/Subtype\s*\/Image/)
  })

  it('is listed on the document controller’s dashboard', async () => {
    const forms = await dashboardForms()
    expect(forms).toContainEqual(
      expect.objectContaining({ key: 'complaintSlip', state: 'unlinked' }),
    )
    expect(forms).toContainEqual(expect.objectContaining({ key: 'workOrder', state: 'unlinked' }))
  })
})

describe('a form linked to its entry', () => {
  it('cannot be printed while its entry is still in review (409 with the reason)', async () => {
    const created = await createForm({ printedForm: 'complaintSlip' })
    expect(created.status).toBe(201)
    entryId = created.body.doc.id
    const slip = await printSlip()
    expect(slip.status).toBe(409)
    expect(JSON.stringify(slip.body)).toContain('尚未批准')
    expect(await dashboardForms()).toContainEqual(
      expect.objectContaining({ key: 'complaintSlip', state: 'unusable' }),
    )
  })

  it('prints the entry’s number and version once approved', async () => {
    await approve(entryId)
    const entry = await tb.reread(slugs.archivedDocuments, entryId)
    expect(entry).toMatchObject({ status: 'effective', effectiveVersion: 'A/0' })
    const slip = await printSlip()
    expect(slip.status).toBe(200)
    expect(slip.text).toContain(`表格编号 Form No. ${entry.number}`)
    expect(slip.text).toContain('版本 Version A/0')
    expect(slip.text).not.toContain('未受控副本')
    expect((await dashboardForms()).map((f) => f.key)).not.toContain('complaintSlip')
  })

  it('keeps printing the version in effect while a revision is in review, and the new one the day it is approved', async () => {
    const revised = await rest.patch<{ doc: ArchivedDocument } & ErrorBody>(
      `/archived-documents/${entryId}?draft=true`,
      {
        token: await tokenOf(controller()),
        body: {
          content: lexicalFromText('投诉人、房号、投诉内容、处理结果、书面回复。'),
          changeNote: '增加书面回复栏',
        },
      },
    )
    expect(revised.status).toBe(200)
    expect((await printSlip()).text).toContain('版本 Version A/0')
    await approve(entryId)
    const slip = await printSlip()
    expect(slip.text).toContain('版本 Version A/1')
    expect(slip.text).not.toContain('A/0')
  })

  it('refuses a second live entry for the same form, and a link from a document that is not a form (400, nothing written)', async () => {
    const before = await payload.count({ collection: slugs.archivedDocuments })
    const second = await createForm({ printedForm: 'complaintSlip' })
    expect(second.status).toBe(400)
    expect(errorPaths(second.body)).toContain('printedForm')
    const rule = await createForm({ kind: 'rule', printedForm: 'workOrder' })
    expect(rule.status).toBe(400)
    expect(errorPaths(rule.body)).toContain('printedForm')
    expect(await payload.count({ collection: slugs.archivedDocuments })).toEqual(before)
  })

  it('cannot be printed once its entry is withdrawn (409), and another entry may then take it', async () => {
    const obsolete = await tb.act(controller(), slugs.archivedDocuments, entryId, 'obsolete', {
      reason: '表单改版',
    })
    expect(obsolete.status).toBe(200)
    const before = await tb.reread(slugs.archivedDocuments, entryId)
    const slip = await printSlip()
    expect(slip.status).toBe(409)
    expect(JSON.stringify(slip.body)).toContain('已作废')
    expectUnchanged(before, await tb.reread(slugs.archivedDocuments, entryId))

    const successor = await createForm({
      printedForm: 'complaintSlip',
      title: '客户投诉处理单（新）',
    })
    expect(successor.status).toBe(201)
    await approve(successor.body.doc.id)
    const reprinted = await printSlip()
    expect(reprinted.status).toBe(200)
    expect(reprinted.text).toContain(`表格编号 Form No. ${successor.body.doc.number}`)
  })
})

describe('the company logo', () => {
  const upload = async (bytes: Uint8Array, name: string, type: string) => {
    const data = new FormData()
    data.append('file', new Blob([Buffer.from(bytes)], { type }), name)
    data.append('_payload', JSON.stringify({ description: name }))
    return rest.post<{ doc: Attachment } & ErrorBody>('/attachments', {
      token: await tokenOf(staff.admin),
      formData: data,
    })
  }
  const setLogo = async (id: number) =>
    rest.post<ErrorBody>(`/globals/${globalSlugs.officeSettings}`, {
      token: await tokenOf(staff.admin),
      body: { companyLogo: id },
    })

  it('refuses a file that is not a PNG or JPEG image (400), and prints a PNG at the head of the form', async () => {
    const pdf = await new Promise<Buffer>((resolve) => {
      const doc = new PDFDocument()
      const chunks: Buffer[] = []
      doc.on('data', (c: Buffer) => chunks.push(c))
      doc.on('end', () => resolve(Buffer.concat(chunks)))
      doc.text('not a logo')
      doc.end()
    })
    const notImage = await upload(pdf, 'logo.pdf', 'application/pdf')
    expect(notImage.status).toBe(201)
    const refused = await setLogo(notImage.body.doc.id)
    expect(refused.status).toBe(400)
    expect(errorPaths(refused.body)).toContain('companyLogo')
    expect(
      (await payload.findGlobal({ slug: globalSlugs.officeSettings, depth: 0 })).companyLogo,
    ).toBeFalsy()

    const fs = await import('fs/promises')
    const png = await fs.readFile(path.resolve('seed/assets/logo.png'))
    const image = await upload(png, 'logo.png', 'image/png')
    expect(image.status).toBe(201)
    expect((await setLogo(image.body.doc.id)).status).toBe(200)
    const slip = await printSlip()
    expect(slip.status).toBe(200)
    expect(slip.raw).toMatch(/\/Subtype\s*\/Image/)
  })
})
