import path from 'path'

import PDFDocument from 'pdfkit'
import type { Payload } from 'payload'

import { lexicalFromText } from '@/lib/lexical'
import type {
  ArchivedDocument,
  Attachment,
  DocumentDestruction,
  DocumentLoan,
} from '@/payload-types'
import { slugs } from '@/slugs'

import { createResident, createUnit } from '../helpers/factories'
import { runJobs } from '../helpers/fixtures'
import type { ErrorBody } from '../helpers/payload'
import { errorPaths } from '../helpers/payload'
import { pdfText } from '../helpers/pdf'
import type { Mailbox } from '../helpers/smtp'
import type { StaffMember } from '../helpers/staff'
import type { RestClient, Staff, Testbed } from '../helpers/testbed'
import { expectUnchanged, startTestbed } from '../helpers/testbed'

type History = {
  totalDocs: number
  docs: Array<{ versionLabel: string; changeNote: string; state: string }>
}

let tb: Testbed
let payload: Payload
let rest: RestClient
let mailbox: Mailbox
let staff: Staff
let tokenOf: (member: StaffMember) => Promise<string>

beforeAll(async () => {
  const started = await startTestbed('documents', {
    mail: true,
    env: {
      UPLOAD_DIR: path.resolve('test/.tmp', `uploads-docs-${process.pid}`),
      UPLOAD_MAX_BYTES: String(200 * 1024),
    },
  })
  tb = started
  ;({ payload, rest, mailbox, staff, tokenOf } = started)
})

afterAll(async () => {
  await tb?.shutdown()
})

const controller = () => staff['document-controller']
const asDraft = (id: number) => tb.reread(slugs.archivedDocuments, id, { draft: true })
const versionCount = async (id: number) =>
  (
    await payload.findVersions({
      collection: slugs.archivedDocuments,
      where: { parent: { equals: id } },
      limit: 1,
    })
  ).totalDocs
const create = async (body: Record<string, unknown>, member: StaffMember = controller()) =>
  rest.post<{ doc: ArchivedDocument } & ErrorBody>('/archived-documents?draft=true', {
    token: await tokenOf(member),
    body,
  })
const revise = async (
  id: number,
  body: Record<string, unknown>,
  member: StaffMember = controller(),
) =>
  rest.patch<{ doc: ArchivedDocument } & ErrorBody>(`/archived-documents/${id}?draft=true`, {
    token: await tokenOf(member),
    body,
  })
const approve = async (
  id: number,
  member: StaffMember,
  collection = 'archived-documents',
  body: Record<string, unknown> = {},
) =>
  rest.post<{ doc: ArchivedDocument } & ErrorBody>(`/approvals/${collection}/${id}/approve`, {
    token: await tokenOf(member),
    body,
  })
const read = async (id: number, member: StaffMember, query = '') =>
  rest.get<ArchivedDocument & ErrorBody>(`/archived-documents/${id}${query}`, {
    token: await tokenOf(member),
  })
/** The manager chain (forms): author, site manager, property manager. */
const approveForm = async (id: number) => {
  for (const member of [controller(), staff['site-manager'], staff['property-manager']]) {
    const res = await approve(id, member)
    expect(res.status).toBe(200)
  }
}
const form = (extra: Record<string, unknown> = {}) => ({
  title: '客户投诉处理单',
  kind: 'form',
  department: 'customer-service',
  content: null,
  changeNote: '初版',
  ...extra,
})
const text = lexicalFromText
const pdfBytes = () =>
  new Promise<Buffer>((resolve) => {
    const doc = new PDFDocument()
    const chunks: Buffer[] = []
    doc.on('data', (c: Buffer) => chunks.push(c))
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.text('Form template')
    doc.end()
  })
const upload = async (bytes: Uint8Array, name: string, type: string) => {
  const data = new FormData()
  data.append('file', new Blob([Buffer.from(bytes)], { type }), name)
  data.append('_payload', JSON.stringify({ description: name }))
  return rest.post<{ doc?: Attachment } & ErrorBody>('/attachments', {
    token: await tokenOf(controller()),
    formData: data,
  })
}

/** A form in effect at A/0. */
const effectiveForm = async (extra: Record<string, unknown> = {}) => {
  const created = await create(form({ content: text('表单正文'), ...extra }))
  expect(created.status).toBe(201)
  await approveForm(created.body.doc.id)
  return created.body.doc.id
}

describe('numbering and bad input', () => {
  it('should number a document by department and kind and start it as a draft A/0', async () => {
    const a = await create(form({ content: text('正文') }))
    const b = await create(form({ title: '回访记录表', content: text('正文') }))
    expect(a.status).toBe(201)
    expect(a.body.doc.number).toMatch(/^WY-KF-BD-\d{3}$/)
    expect(Number(b.body.doc.number?.slice(-3))).toBe(Number(a.body.doc.number?.slice(-3)) + 1)
    expect(a.body.doc).toMatchObject({ versionLabel: 'A/0', status: 'draft' })
    const rule = await create({
      ...form(),
      kind: 'rule',
      department: 'management',
      title: '员工守则',
    })
    expect(rule.body.doc.number).toMatch(/^WY-ZX-ZD-\d{3}$/)
  })

  it('should refuse an unknown kind, a forged number or status, and publishing on create', async () => {
    const before = (await payload.count({ collection: slugs.archivedDocuments })).totalDocs
    const unknown = await create(form({ kind: 'memo' }))
    expect(unknown.status).toBe(400)
    expect(errorPaths(unknown.body)).toContain('kind')
    expect((await create(form({ number: 'WY-KF-BD-999' }))).status).toBe(403)
    expect((await create(form({ status: 'effective' }))).status).toBe(403)
    expect((await create(form({ _status: 'published' }))).status).toBe(403)
    expect((await create(form(), staff['cs-clerk'])).status).toBe(403)
    expect((await payload.count({ collection: slugs.archivedDocuments })).totalDocs).toBe(before)
  })

  it('should accept a PDF and refuse HTML, SVG or XML disguised as a PDF or PNG, and a file over the limit', async () => {
    const ok = await upload(await pdfBytes(), 'template.pdf', 'application/pdf')
    expect(ok.status).toBe(201)
    const before = (await payload.count({ collection: slugs.attachments })).totalDocs
    for (const [content, name, type] of [
      ['<html><body>x</body></html>', 'fake.pdf', 'application/pdf'],
      ['<svg xmlns="http://www.w3.org/2000/svg"></svg>', 'fake.png', 'image/png'],
      ['<?xml version="1.0"?><a/>', 'fake.pdf', 'application/pdf'],
    ]) {
      expect((await upload(new TextEncoder().encode(content), name, type)).status).toBe(400)
    }
    const big = Buffer.concat([await pdfBytes(), Buffer.alloc(300 * 1024)])
    const tooBig = await upload(big, 'big.pdf', 'application/pdf')
    expect(tooBig.status).toBeGreaterThanOrEqual(400)
    expect(tooBig.status).toBeLessThan(500)
    expect((await payload.count({ collection: slugs.attachments })).totalDocs).toBe(before)

    const doc = await create(form({ file: ok.body.doc?.id }))
    expect(doc.status).toBe(201)
  })
})

describe('approved before use', () => {
  it('should refuse making a document effective without its chain, and keep drafts from staff', async () => {
    const created = await create(form({ content: text('投诉处理单 A/0') }))
    const id = created.body.doc.id
    const before = await asDraft(id)
    const versions = await versionCount(id)
    const token = await tokenOf(controller())
    expect(
      (await rest.patch(`/archived-documents/${id}`, { token, body: { title: '直接改' } })).status,
    ).toBe(403)
    expect((await revise(id, { _status: 'published' })).status).toBe(403)
    expect((await revise(id, { status: 'effective' })).status).toBe(403)
    expect((await revise(id, { effectiveVersion: 'A/0' })).status).toBe(403)
    expect(
      (
        await rest.patch(`/archived-documents?where[id][equals]=${id}`, {
          token,
          body: { _status: 'published' },
        })
      ).status,
    ).toBe(403)
    expectUnchanged(before, await asDraft(id))
    expect(await versionCount(id)).toBe(versions)
    // Ordinary staff never see a draft.
    expect((await read(id, staff['cs-clerk'])).status).toBe(404)
    expect((await read(id, staff['cs-clerk'], '?draft=true')).status).toBe(404)
    // The director cannot approve what nobody has submitted; the clerk does not even see it.
    expect((await approve(id, staff.director)).status).toBe(403)
    expect((await approve(id, staff['cs-clerk'])).status).toBe(404)
    expectUnchanged(before, await asDraft(id))
  })

  it('should take effect through author → department manager → property manager, and print a cover', async () => {
    const created = await create(form({ title: '客户回访记录表', content: text('回访记录 A/0') }))
    const id = created.body.doc.id
    const submitted = await approve(id, controller())
    expect(submitted.status).toBe(200)
    expect((await asDraft(id)).status).toBe('in-review')
    expect((await read(id, staff['cs-clerk'])).status).toBe(404)
    expect((await approve(id, staff['site-manager'])).status).toBe(200)
    expect((await approve(id, staff['property-manager'])).status).toBe(200)
    const effective = await read(id, staff['cs-clerk'])
    expect(effective.status).toBe(200)
    expect(effective.body).toMatchObject({
      status: 'effective',
      effectiveVersion: 'A/0',
      versionLabel: 'A/0',
    })
    expect(effective.body.retentionUntil).toBeTruthy()

    const cover = await rest.get<Uint8Array>(`/archived-documents/${id}/cover.pdf`, {
      token: await tokenOf(staff['cs-clerk']),
    })
    expect(cover.status).toBe(200)
    const { text: printed } = await pdfText(cover.body)
    expect(printed).toContain('客户回访记录表')
    expect(printed).toContain(String(created.body.doc.number))
    expect(printed).toContain('A/0')
    expect(printed).toContain('客服部')
    for (const role of ['document-controller', 'site-manager', 'property-manager'])
      expect(printed).toContain(`测试${role}`)
  })

  it('should print no cover for a document never approved', async () => {
    const created = await create(form({ content: text('x') }))
    const res = await rest.get(`/archived-documents/${created.body.doc.id}/cover.pdf`, {
      token: await tokenOf(controller()),
    })
    expect(res.status).toBe(409)
  })

  it('should need a change note per revision, keep staff on the effective version, and supersede it on approval', async () => {
    const id = await effectiveForm({ title: '装修申请表' })
    const noNote = await revise(id, { title: '装修申请表（修订）' })
    expect(noNote.status).toBe(400)
    expect(errorPaths(noNote.body)).toEqual(['changeNote'])
    const revised = await revise(id, { title: '装修申请表（修订）', changeNote: '增加施工时间栏' })
    expect(revised.status).toBe(200)
    expect(revised.body.doc).toMatchObject({
      versionLabel: 'A/1',
      status: 'draft',
      effectiveVersion: 'A/0',
    })
    for (const query of ['', '?draft=true']) {
      const seen = await read(id, staff['cs-clerk'], query)
      expect(seen.body).toMatchObject({ title: '装修申请表', versionLabel: 'A/0' })
    }
    await approveForm(id)
    const now = await read(id, staff['cs-clerk'])
    expect(now.body).toMatchObject({
      title: '装修申请表（修订）',
      versionLabel: 'A/1',
      effectiveVersion: 'A/1',
    })
    const history = await rest.get<History>(`/archived-documents/${id}/history`, {
      token: await tokenOf(controller()),
    })
    expect(history.body.docs.map((v) => [v.versionLabel, v.state, v.changeNote])).toEqual([
      ['A/1', 'effective', '增加施工时间栏'],
      ['A/0', 'superseded', '初版'],
    ])
    expect(
      (
        await rest.get(`/archived-documents/${id}/history`, {
          token: await tokenOf(staff['cs-clerk']),
        })
      ).status,
    ).toBe(403)
    // The superseded version still prints, with its own label, for those who may see history.
    const versions = await payload.findVersions({
      collection: slugs.archivedDocuments,
      where: {
        and: [
          { parent: { equals: id } },
          { 'version.versionLabel': { equals: 'A/0' } },
          { 'version._status': { equals: 'published' } },
        ],
      },
    })
    const old = await rest.get<Uint8Array>(
      `/archived-documents/${id}/cover.pdf?version=${versions.docs[0].id}`,
      {
        token: await tokenOf(controller()),
      },
    )
    expect(old.status).toBe(200)
    const { text: oldCover } = await pdfText(old.body)
    expect(oldCover).toContain('A/0')
    expect(oldCover).not.toContain('（修订）')
    const refused = await rest.get(
      `/archived-documents/${id}/cover.pdf?version=${versions.docs[0].id}`,
      {
        token: await tokenOf(staff['cs-clerk']),
      },
    )
    expect(refused.status).toBe(403)
    // A major revision moves to the next letter.
    await revise(id, { title: '装修申请及验收表', changeNote: '合并验收表', majorRevision: true })
    expect((await asDraft(id)).versionLabel).toBe('B/0')
  })

  it('should refuse editing the effective version in place, deleting, and trashing what was in effect', async () => {
    const id = await effectiveForm({ title: '钥匙托管登记表' })
    const token = await tokenOf(staff.director)
    const before = await asDraft(id)
    const versions = await versionCount(id)
    expect(
      (
        await rest.patch(`/archived-documents/${id}`, {
          token,
          body: { title: '改', changeNote: '直接改' },
        })
      ).status,
    ).toBe(403)
    for (const member of [staff.director, controller(), staff.admin]) {
      expect(
        (await rest.delete(`/archived-documents/${id}`, { token: await tokenOf(member) })).status,
      ).toBe(403)
    }
    expect(
      (await rest.delete(`/archived-documents?where[id][equals]=${id}`, { token })).status,
    ).toBe(403)
    expect(
      (
        await rest.patch(`/archived-documents/${id}`, {
          token,
          body: { deletedAt: new Date().toISOString() },
        })
      ).status,
    ).toBe(403)
    await expect(payload.delete({ collection: slugs.archivedDocuments, id })).rejects.toThrow()
    expectUnchanged(before, await asDraft(id))
    expect(await versionCount(id)).toBe(versions)

    // A draft that never took effect may go to the trash.
    const draft = await create(form({ content: text('草稿') }))
    const trashed = await rest.patch(`/archived-documents/${draft.body.doc.id}`, {
      token: await tokenOf(controller()),
      body: { deletedAt: new Date().toISOString() },
    })
    expect(trashed.status).toBe(200)
  })

  it('should keep 150 revisions, every one retrievable in order with its change note', async () => {
    const id = await effectiveForm({ title: '交接班记录表' })
    for (let i = 1; i <= 150; i++) {
      const res = await revise(id, {
        content: text(`第 ${i} 次修订的正文`),
        changeNote: `第 ${i} 次修订`,
      })
      expect(res.status).toBe(200)
      await approveForm(id)
    }
    const labels: string[] = []
    const notes: string[] = []
    for (let page = 1; page <= 2; page++) {
      const history = await rest.get<History>(
        `/archived-documents/${id}/history?limit=100&page=${page}`,
        {
          token: await tokenOf(controller()),
        },
      )
      expect(history.body.totalDocs).toBe(151)
      labels.push(...history.body.docs.map((v) => v.versionLabel))
      notes.push(...history.body.docs.map((v) => v.changeNote))
    }
    expect(labels).toHaveLength(151)
    expect(labels.reverse()).toEqual(Array.from({ length: 151 }, (_, i) => `A/${i}`))
    expect(notes.reverse()).toEqual([
      '初版',
      ...Array.from({ length: 150 }, (_, i) => `第 ${i + 1} 次修订`),
    ])
    expect((await read(id, staff['cs-clerk'])).body.versionLabel).toBe('A/150')
    // 600 approval emails are not what the next tests are about.
    await payload.delete({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'sendEmail' } },
    })
  }, 300_000)
})

describe('confidentiality and loans', () => {
  it('should show a confidential document only to keepers and to an approved borrower during the loan', async () => {
    const id = await effectiveForm({
      title: '业主身份证复印件登记册',
      kind: 'record',
      confidentiality: 'confidential',
      paperOriginal: true,
    })
    expect((await read(id, staff['cs-clerk'])).status).toBe(404)
    expect((await read(id, staff['site-manager'])).status).toBe(404)
    expect((await read(id, staff['property-manager'])).status).toBe(200)

    const clerk = await tokenOf(staff['cs-clerk'])
    const loan = await rest.post<{ doc: DocumentLoan } & ErrorBody>('/document-loans', {
      token: clerk,
      body: {
        documents: [id],
        purpose: '核对业主身份',
        dueAt: new Date(Date.now() + 2 * 86_400_000).toISOString(),
      },
    })
    expect(loan.status).toBe(201)
    expect(loan.body.doc).toMatchObject({ status: 'requested', needsApproval: true })
    expect((loan.body.doc.requester as { id: number }).id).toBe(staff['cs-clerk'].id)
    const loanId = loan.body.doc.id
    const lendEarly = await rest.post(`/document-loans/${loanId}/actions/lend`, {
      token: await tokenOf(controller()),
    })
    expect(lendEarly.status).toBe(409)
    expect((await approve(loanId, staff['cs-clerk'], 'document-loans')).status).toBe(200)
    expect((await approve(loanId, staff['site-captain'], 'document-loans')).status).toBe(404)
    expect((await approve(loanId, controller(), 'document-loans')).status).toBe(403)
    expect((await approve(loanId, staff['property-manager'], 'document-loans')).status).toBe(200)
    expect(
      (await rest.post(`/document-loans/${loanId}/actions/lend`, { token: clerk })).status,
    ).toBe(403)
    expect(
      (
        await rest.post(`/document-loans/${loanId}/actions/lend`, {
          token: await tokenOf(controller()),
        })
      ).status,
    ).toBe(200)
    expect((await read(id, staff['cs-clerk'])).status).toBe(200)
    expect((await read(id, staff['security-guard'])).status).toBe(404)
    expect(
      (
        await rest.post(`/document-loans/${loanId}/actions/return`, {
          token: await tokenOf(controller()),
        })
      ).status,
    ).toBe(200)
    expect((await read(id, staff['cs-clerk'])).status).toBe(404)
  })

  it('should not let a writer read a confidential document through an update, nor restore a version, nor name another owner', async () => {
    const id = await effectiveForm({
      title: '业主身份证复印件登记册（二）',
      kind: 'record',
      confidentiality: 'confidential',
    })
    const before = await asDraft(id)
    const versionsBefore = await versionCount(id)
    // The site manager writes documents but may not read this one: the update is refused as
    // for a document that does not exist, and answers nothing of it.
    const patch = await revise(id, { changeNote: '看一眼' }, staff['site-manager'])
    expect(patch.status).toBe(403)
    expect(JSON.stringify(patch.body)).not.toContain('身份证')
    const missing = await revise(987654, { changeNote: '看一眼' }, staff['site-manager'])
    expect({ status: patch.status, body: patch.body }).toEqual({
      status: missing.status,
      body: missing.body,
    })
    // Restoring the first version around the chain: refused to everyone, the controller too.
    const first = await payload.findVersions({
      collection: slugs.archivedDocuments,
      where: { parent: { equals: id } },
      sort: 'createdAt',
      limit: 1,
    })
    for (const member of [controller(), staff['property-manager'], staff.director]) {
      const restore = await rest.post(`/archived-documents/versions/${first.docs[0].id}`, {
        token: await tokenOf(member),
      })
      expect(restore.status).toBe(403)
    }
    expectUnchanged(before, await asDraft(id))
    expect(await versionCount(id)).toBe(versionsBefore)

    // The author is whoever creates the draft.
    const forged = await create(form({ owner: staff.director.id }))
    expect(forged.status).toBe(403)
    const own = await create(form({ content: text('x') }), staff['site-manager'])
    expect(own.status).toBe(201)
    expect((await asDraft(own.body.doc.id)).owner).toBe(staff['site-manager'].id)
  })

  it('should not let two loans of the same paper original overlap', async () => {
    const id = await effectiveForm({
      title: '小区总平面图',
      kind: 'drawing',
      department: 'engineering',
      paperOriginal: true,
    })
    const day = 86_400_000
    const borrow = async (member: StaffMember, fromDays: number, toDays: number) =>
      rest.post<{ doc: DocumentLoan } & ErrorBody>('/document-loans', {
        token: await tokenOf(member),
        body: {
          documents: [id],
          purpose: '查阅管线',
          startAt: new Date(Date.now() + fromDays * day).toISOString(),
          dueAt: new Date(Date.now() + toDays * day).toISOString(),
        },
      })
    const first = await borrow(staff['site-manager'], 1, 5)
    expect(first.status).toBe(201)
    expect(first.body.doc.status).toBe('approved')
    const before = (await payload.count({ collection: slugs.documentLoans })).totalDocs
    expect((await borrow(staff['property-manager'], 4, 8)).status).toBe(409)
    expect((await payload.count({ collection: slugs.documentLoans })).totalDocs).toBe(before)
    expect((await borrow(staff['property-manager'], 6, 8)).status).toBe(201)
    const past = await borrow(staff['site-manager'], -3, -1)
    expect(past.status).toBe(400)
    expect(errorPaths(past.body)).toEqual(['dueAt'])
  })

  it('should flag an overdue loan and email the borrower once', async () => {
    const id = await effectiveForm({ title: '消防演练记录' })
    const loan = await rest.post<{ doc: DocumentLoan }>('/document-loans', {
      token: await tokenOf(staff['site-manager']),
      body: {
        documents: [id],
        purpose: '检查',
        dueAt: new Date(Date.now() + 86_400_000).toISOString(),
      },
    })
    await rest.post(`/document-loans/${loan.body.doc.id}/actions/lend`, {
      token: await tokenOf(controller()),
    })
    await payload.update({
      collection: slugs.documentLoans,
      id: loan.body.doc.id,
      data: { dueAt: new Date(Date.now() - 60_000).toISOString() },
      context: { serverWrite: true },
    })
    mailbox.clear()
    for (let i = 0; i < 2; i++) {
      await payload.jobs.queue({ task: 'flagOverdueLoans', queue: 'escalations', input: {} })
      await runJobs(payload)
    }
    const loanNow = await payload.findByID({
      collection: slugs.documentLoans,
      id: loan.body.doc.id,
    })
    expect(loanNow.overdue).toBe(true)
    expect(
      mailbox.to(staff['site-manager'].email).filter((m) => m.subject?.includes('借阅逾期')),
    ).toHaveLength(1)
  })
})

describe('read-and-sign, retention and destruction', () => {
  it('should show which managers have not yet acknowledged a company rule', async () => {
    const created = await create({
      ...form(),
      kind: 'rule',
      department: 'management',
      title: '客户服务中心管理制度',
      content: text('制度'),
      requiresAcknowledgement: true,
    })
    const id = created.body.doc.id
    for (const member of [controller(), staff['site-manager'], staff.director])
      expect((await approve(id, member)).status).toBe(200)
    const signed = await rest.post(`/archived-documents/${id}/actions/acknowledge`, {
      token: await tokenOf(staff['site-manager']),
    })
    expect(signed.status).toBe(200)
    expect(
      (
        await rest.post(`/archived-documents/${id}/actions/acknowledge`, {
          token: await tokenOf(staff['site-manager']),
        })
      ).status,
    ).toBe(409)
    expect(
      (
        await rest.post(`/archived-documents/${id}/actions/acknowledge`, {
          token: await tokenOf(staff['cs-clerk']),
        })
      ).status,
    ).toBe(403)
    const list = await rest.get<{
      signed: Array<{ user: number }>
      missing: Array<{ user: number }>
    }>(`/archived-documents/${id}/acknowledgements`, { token: await tokenOf(staff.director) })
    expect(list.body.signed.map((s) => s.user)).toEqual([staff['site-manager'].id])
    expect(list.body.missing.map((m) => m.user).sort()).toEqual(
      [staff['property-manager'].id, staff.director.id].sort(),
    )
  })

  it('should list documents due for disposal and destroy one only by approval, keeping the record forever', async () => {
    const upload1 = await upload(await pdfBytes(), 'old.pdf', 'application/pdf')
    const id = await effectiveForm({
      title: '2019 年停车登记表',
      kind: 'record',
      file: upload1.body.doc?.id,
    })
    const token = await tokenOf(controller())
    const destruction = await rest.post<{ doc: DocumentDestruction } & ErrorBody>(
      '/document-destructions',
      {
        token,
        body: { document: id, method: 'shredding', reason: '超过保管期' },
      },
    )
    expect(destruction.status).toBe(201)
    const destructionId = destruction.body.doc.id
    // In effect and within its retention: not yet.
    const early = await approve(destructionId, controller(), 'document-destructions')
    expect(early.status).toBe(400)
    expect(errorPaths(early.body)).toEqual(['document'])

    await payload.update({
      collection: slugs.archivedDocuments,
      id,
      data: { retentionUntil: new Date(Date.now() - 86_400_000).toISOString() },
      context: { serverWrite: true },
    })
    const report = await rest.get<{ docs: Array<{ id: number }> }>('/reports/documents/disposal', {
      token,
    })
    expect(report.body.docs.map((d) => d.id)).toContain(id)
    expect(
      (await rest.get('/reports/documents/disposal', { token: await tokenOf(staff['cs-clerk']) }))
        .status,
    ).toBe(403)

    expect((await approve(destructionId, controller(), 'document-destructions')).status).toBe(200)
    expect(
      (await approve(destructionId, staff['property-manager'], 'document-destructions')).status,
    ).toBe(403)
    expect((await approve(destructionId, staff.director, 'document-destructions')).status).toBe(200)
    const record = await payload.findByID({
      collection: slugs.documentDestructions,
      id: destructionId,
      depth: 0,
    })
    expect(record).toMatchObject({
      status: 'approved',
      versionLabel: 'A/0',
      title: '2019 年停车登记表',
      approvedBy: staff.director.id,
    })
    const gone = await payload.findByID({ collection: slugs.archivedDocuments, id, depth: 0 })
    expect(gone).toMatchObject({ status: 'destroyed', file: null })
    expect(
      await payload.count({
        collection: slugs.attachments,
        where: { id: { equals: upload1.body.doc?.id } },
      }),
    ).toMatchObject({ totalDocs: 0 })

    for (const member of [controller(), staff.director, staff.admin]) {
      expect(
        (
          await rest.delete(`/document-destructions/${destructionId}`, {
            token: await tokenOf(member),
          })
        ).status,
      ).toBe(403)
    }
    expect(
      (
        await rest.patch(`/document-destructions/${destructionId}`, {
          token,
          body: { reason: '改' },
        })
      ).status,
    ).toBe(403)
    await expect(
      payload.delete({ collection: slugs.documentDestructions, id: destructionId }),
    ).rejects.toThrow()
    expect(
      await payload.findByID({
        collection: slugs.documentDestructions,
        id: destructionId,
        depth: 0,
      }),
    ).toEqual(record)
  })

  it('should make a document obsolete, out of staff sight', async () => {
    const id = await effectiveForm({ title: '旧版访客登记表' })
    expect(
      (
        await rest.post(`/archived-documents/${id}/actions/obsolete`, {
          token: await tokenOf(staff['cs-clerk']),
          body: { reason: 'x' },
        })
      ).status,
    ).toBe(403)
    const noReason = await rest.post<ErrorBody>(`/archived-documents/${id}/actions/obsolete`, {
      token: await tokenOf(controller()),
      body: {},
    })
    expect(noReason.status).toBe(400)
    expect(
      (
        await rest.post(`/archived-documents/${id}/actions/obsolete`, {
          token: await tokenOf(controller()),
          body: { reason: '已由新表替代' },
        })
      ).status,
    ).toBe(200)
    expect((await read(id, staff['cs-clerk'])).status).toBe(404)
    expect((await read(id, controller())).body.status).toBe('obsolete')
  })
})

describe('the customer archive', () => {
  it('should list a resident’s documents on their archive page', async () => {
    const unit = await createUnit(payload, { building: '6栋', number: '602' })
    const resident = await createResident(payload, { units: [unit.id], name: '钱业主' })
    const id = await effectiveForm({
      title: '钱业主装修申请及回函',
      kind: 'correspondence',
      resident: resident.id,
      unit: unit.id,
      content: text('装修申请回函'),
    })
    const res = await rest.get<{ documents: { docs: Array<{ id: number } | number> } }>(
      `/residents/${resident.id}?depth=1`,
      { token: await tokenOf(staff['property-manager']) },
    )
    const ids = res.body.documents.docs.map((d) => (typeof d === 'object' ? d.id : d))
    expect(ids).toContain(id)
  })
})

describe('quarterly inspection', () => {
  it('should keep one checklist per quarter', async () => {
    const token = await tokenOf(controller())
    const body = {
      quarter: '2026-Q3',
      inspectedAt: '2026-09-28T02:00:00.000Z',
      inspector: controller().id,
      condition: 'fair',
      items: [{ damage: '受潮', restoration: '烘干、重新装订' }],
    }
    expect((await rest.post('/archive-inspections', { token, body })).status).toBe(201)
    expect((await rest.post('/archive-inspections', { token, body })).status).toBe(400)
    const bad = await rest.post<ErrorBody>('/archive-inspections', {
      token,
      body: { ...body, quarter: '2026-3' },
    })
    expect(errorPaths(bad.body)).toContain('quarter')
    expect(
      (
        await rest.post('/archive-inspections', {
          token: await tokenOf(staff['cs-clerk']),
          body: { ...body, quarter: '2026-Q4' },
        })
      ).status,
    ).toBe(403)
  })
})
