import path from 'path'

import PDFDocument from 'pdfkit'
import type { Field, Payload } from 'payload'

import { ATTACHMENT_HOLDERS } from '@/collections/Attachments/holders'
import type { Role } from '@/domain/roles'
import { lexicalFromText } from '@/lib/lexical'
import type { Attachment } from '@/payload-types'
import { slugs } from '@/slugs'

import {
  createComplaint,
  createResident,
  createStaffMember,
  createUnit,
  createViolation,
  createWorkOrder,
  richText,
} from '../helpers/factories'
import type { ErrorBody } from '../helpers/payload'
import type { StaffMember } from '../helpers/staff'
import { TEST_PASSWORD } from '../helpers/staff'
import type { RestClient, Staff, Testbed } from '../helpers/testbed'
import { expectUnchanged, startTestbed } from '../helpers/testbed'

type Doc = Attachment
type Who = Role | 'anonymous' | 'engineer-b'

let tb: Testbed
let payload: Payload
let rest: RestClient
let staff: Staff
let engineerB: StaffMember
let tokenOf: (member: StaffMember) => Promise<string>

/** The attachments of the estate, by what holds them. */
const files = {} as Record<
  | 'moveIn'
  | 'complaintScan'
  | 'violationPhoto'
  | 'signatureA'
  | 'signatureB'
  | 'confidentialFile'
  | 'internalFile'
  | 'guardUpload'
  | 'clerkUpload',
  Doc
>
const bytesOf = {} as Record<string, Buffer>

const pdfBytes = (text: string) =>
  new Promise<Buffer>((resolve) => {
    const doc = new PDFDocument()
    const chunks: Buffer[] = []
    doc.on('data', (c: Buffer) => chunks.push(c))
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.text(text)
    doc.end()
  })

const memberOf = (who: Exclude<Who, 'anonymous'>): StaffMember =>
  who === 'engineer-b' ? engineerB : staff[who]
const tokenFor = async (who: Who) =>
  who === 'anonymous' ? undefined : await tokenOf(memberOf(who))

/** Uploads a PDF through REST as a member of staff. */
const upload = async (who: Exclude<Who, 'anonymous'>, name: string) => {
  const bytes = await pdfBytes(`${name} ${Math.random()}`)
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(bytes)], { type: 'application/pdf' }), `${name}.pdf`)
  form.append('_payload', JSON.stringify({ description: name }))
  const res = await rest.post<{ doc: Doc } & ErrorBody>('/attachments', {
    token: await tokenFor(who),
    formData: form,
  })
  expect(res.status).toBe(201)
  bytesOf[res.body.doc.filename as string] = bytes
  return res.body.doc
}

const reread = (id: number) => tb.reread(slugs.attachments, id)
const download = async (who: Who, doc: Pick<Doc, 'id' | 'filename'>) =>
  rest.get<Uint8Array>(`/attachments/file/${encodeURIComponent(String(doc.filename))}`, {
    token: await tokenFor(who),
  })
const listIds = async (who: Who) => {
  const res = await rest.get<{ docs: Doc[] }>('/attachments?limit=200&depth=0', {
    token: await tokenFor(who),
  })
  return res.status === 200 ? res.body.docs.map((d) => d.id) : res.status
}

/** A controlled document in effect (the manager chain for forms), holding `file`. */
const effectiveDocument = async (file: Doc, confidentiality: string) => {
  const controller = await tokenOf(staff['document-controller'])
  const created = await rest.post<{ doc: Doc } & ErrorBody>('/archived-documents?draft=true', {
    token: controller,
    body: {
      title: `表单 ${confidentiality}`,
      kind: 'form',
      department: 'customer-service',
      confidentiality,
      content: lexicalFromText('正文'),
      changeNote: '初版',
      file: file.id,
    },
  })
  expect(created.status).toBe(201)
  for (const member of [
    staff['document-controller'],
    staff['site-manager'],
    staff['property-manager'],
  ]) {
    const res = await rest.post(`/approvals/archived-documents/${created.body.doc.id}/approve`, {
      token: await tokenOf(member),
    })
    expect(res.status).toBe(200)
  }
  const doc = await payload.findByID({
    collection: slugs.archivedDocuments,
    id: created.body.doc.id,
    depth: 0,
  })
  expect(doc.status).toBe('effective')
  return doc
}

beforeAll(async () => {
  tb = await startTestbed('attachments', {
    env: { UPLOAD_DIR: path.resolve('test/.tmp', `uploads-att-${process.pid}`) },
  })
  ;({ payload, rest, staff, tokenOf } = tb)
  engineerB = await createStaffMember(payload, {
    email: 'engineer-b@test.local',
    password: TEST_PASSWORD,
    name: '工程B',
    roles: ['engineer'],
  })

  const unit = await createUnit(payload, { building: '5栋', number: '0601' })
  const resident = await createResident(payload, { units: [unit.id], name: '钱业主' })

  // A resident's move-in form, scanned at the front desk.
  files.moveIn = await upload('cs-clerk', 'move-in-form')
  await payload.update({
    collection: slugs.residents,
    id: resident.id,
    data: { files: [{ kind: 'move-in-form', file: files.moveIn.id }] },
  })
  // A complaint's scan.
  files.complaintScan = await upload('cs-clerk', 'complaint-scan')
  await createComplaint(payload, {
    unit: unit.id,
    resident: resident.id,
    description: richText('楼上装修噪音'),
    attachments: [files.complaintScan.id],
  })
  // A violation's photo, taken by the guard.
  files.violationPhoto = await upload('security-guard', 'violation-photo')
  await createViolation(
    payload,
    {
      unit: unit.id,
      resident: null,
      location: null,
      occurredAt: new Date().toISOString(),
      description: '楼道堆物',
      photos: [files.violationPhoto.id],
    },
    { serverWrite: true },
  )
  // Each engineer's order, with the resident's signature.
  for (const [key, engineer] of [
    ['signatureA', staff.engineer],
    ['signatureB', engineerB],
  ] as const) {
    files[key] = await upload(engineer === engineerB ? 'engineer-b' : 'engineer', key)
    await createWorkOrder(
      payload,
      {
        unit: unit.id,
        resident: resident.id,
        fault: '漏水',
        location: null,
        atHome: null,
        engineer: engineer.id,
        signature: files[key].id,
      },
      { serverWrite: true },
    )
  }
  // Controlled documents in effect: one confidential, one internal.
  files.confidentialFile = await upload('document-controller', 'confidential-procedure')
  await effectiveDocument(files.confidentialFile, 'confidential')
  files.internalFile = await upload('document-controller', 'internal-form')
  await effectiveDocument(files.internalFile, 'internal')
  // Uploaded, not yet attached to anything.
  files.guardUpload = await upload('security-guard', 'guard-upload')
  files.clerkUpload = await upload('cs-clerk', 'clerk-upload')
})

afterAll(async () => {
  await tb?.shutdown()
})

const ALL: Who[] = [
  'anonymous',
  'director',
  'property-manager',
  'site-manager',
  'site-captain',
  'cs-clerk',
  'dispatcher',
  'engineer',
  'engineer-b',
  'security-guard',
  'document-controller',
  'admin',
]

/** Who reads each file: the holder's read access (and the residents' confidential right). */
const READERS: Record<keyof typeof files, Who[]> = {
  moveIn: [
    'director',
    'property-manager',
    'site-manager',
    'site-captain',
    'cs-clerk',
    'dispatcher',
    'document-controller',
    'admin',
  ],
  complaintScan: [
    'director',
    'property-manager',
    'site-manager',
    'site-captain',
    'cs-clerk',
    'dispatcher',
    'document-controller',
    'admin',
  ],
  violationPhoto: ALL.filter((w) => w !== 'anonymous'),
  signatureA: [
    'director',
    'property-manager',
    'site-manager',
    'site-captain',
    'cs-clerk',
    'dispatcher',
    'engineer',
    'admin',
  ],
  signatureB: [
    'director',
    'property-manager',
    'site-manager',
    'site-captain',
    'cs-clerk',
    'dispatcher',
    'engineer-b',
    'admin',
  ],
  confidentialFile: ['director', 'property-manager', 'document-controller'],
  internalFile: ALL.filter((w) => w !== 'anonymous'),
  // Nobody holds these yet: the uploader, and whoever reads every holder.
  guardUpload: ['security-guard', 'director', 'property-manager'],
  clerkUpload: ['cs-clerk', 'director', 'property-manager'],
}

describe('holders', () => {
  it('should list every attachment field of every collection as a holder', () => {
    const found: string[] = []
    const walk = (fields: Field[], collection: string, prefix: string) => {
      for (const field of fields) {
        const named = 'name' in field ? `${prefix}${field.name}` : null
        if (
          (field.type === 'upload' || field.type === 'relationship') &&
          [field.relationTo].flat().includes(slugs.attachments)
        ) {
          found.push(`${collection}:${named}`)
        }
        if ('fields' in field && field.fields) {
          walk(
            field.fields,
            collection,
            field.type === 'group' || field.type === 'array' ? `${named}.` : prefix,
          )
        }
        if (field.type === 'tabs') {
          for (const tab of field.tabs) {
            walk(
              tab.fields,
              collection,
              'name' in tab && tab.name ? `${prefix}${tab.name}.` : prefix,
            )
          }
        }
        if (field.type === 'blocks') {
          for (const block of field.blocks) walk(block.fields, collection, `${named}.`)
        }
      }
    }
    // Payload's own lock records point at any document; they hold no file.
    for (const collection of tb.booted.config.collections.filter(
      (c) => !c.slug.startsWith('payload-'),
    )) {
      walk(collection.fields, collection.slug, '')
    }
    expect(found.sort()).toEqual(ATTACHMENT_HOLDERS.map((h) => `${h.collection}:${h.on}`).sort())
  })
})

describe('reading attachments', () => {
  it.each(ALL)('should let %s read by id exactly the files its holders allow', async (who) => {
    const token = await tokenFor(who)
    for (const [key, doc] of Object.entries(files)) {
      const res = await rest.get<Doc>(`/attachments/${doc.id}?depth=0`, { token })
      const allowed = READERS[key as keyof typeof files].includes(who)
      expect({ key, status: res.status }).toEqual({
        key,
        status: allowed ? 200 : who === 'anonymous' ? 403 : 404,
      })
      if (allowed) expect(res.body.filename).toBe(doc.filename)
    }
  })

  it.each(ALL)('should list for %s exactly the files it may read', async (who) => {
    const ids = await listIds(who)
    if (who === 'anonymous') {
      expect(ids).toBe(403)
      return
    }
    const expected = Object.entries(files)
      .filter(([key]) => READERS[key as keyof typeof files].includes(who))
      .map(([, doc]) => doc.id)
    expect(
      (ids as number[]).filter((id) => Object.values(files).some((f) => f.id === id)).sort(),
    ).toEqual(expected.sort())
  })

  it.each(ALL)(
    'should serve %s the bytes of a file only through the access-checked file route',
    async (who) => {
      for (const [key, doc] of Object.entries(files)) {
        const res = await download(who, doc)
        const allowed = READERS[key as keyof typeof files].includes(who)
        expect({ key, status: res.status }).toEqual({ key, status: allowed ? 200 : 403 })
        if (allowed) {
          expect(Buffer.from(res.body).equals(bytesOf[String(doc.filename)])).toBe(true)
        }
      }
      // A file that does not exist gets the same answer as one that may not be read.
      const missing = await download(who, { id: 0, filename: 'no-such-file.pdf' })
      expect(missing.status).toBe(403)
    },
  )

  it('should keep the file of a draft revision with the keepers of a confidential document', async () => {
    const doc = await payload.find({
      collection: slugs.archivedDocuments,
      where: { file: { equals: files.confidentialFile.id } },
      depth: 0,
    })
    const revised = await upload('document-controller', 'confidential-revision')
    const res = await rest.patch(`/archived-documents/${doc.docs[0].id}?draft=true`, {
      token: await tokenFor('document-controller'),
      body: { file: revised.id, changeNote: '修订附件' },
    })
    expect(res.status).toBe(200)
    // The published row still holds the old file; the new one waits in the draft.
    for (const who of ['site-manager', 'admin', 'cs-clerk', 'security-guard'] as const) {
      expect((await download(who, revised)).status).toBe(403)
    }
    for (const who of ['document-controller', 'director', 'property-manager'] as const) {
      expect((await download(who, revised)).status).toBe(200)
    }
  })

  it('should answer the anonymous caller the same for an attachment that exists and one that does not', async () => {
    const existing = await rest.get(`/attachments/${files.internalFile.id}`)
    const missing = await rest.get('/attachments/999999')
    expect(existing.status).toBe(missing.status)
    expect(existing.body).toEqual(missing.body)
  })

  it('should refuse a client querying or reading the holder joins', async () => {
    const token = await tokenFor('security-guard')
    const probe = await rest.get<ErrorBody>(`/attachments?where[heldByResidents.id][exists]=true`, {
      token,
    })
    expect(probe.status).toBe(400)
    const director = await rest.get<Doc>(`/attachments/${files.moveIn.id}`, {
      token: await tokenFor('director'),
    })
    expect(director.status).toBe(200)
    expect(director.body.heldByResidents).toBeUndefined()
  })
})

describe('changing attachments', () => {
  const replace = async (who: Who, doc: Doc) => {
    const bytes = await pdfBytes('replacement')
    const form = new FormData()
    form.append(
      'file',
      new Blob([new Uint8Array(bytes)], { type: 'application/pdf' }),
      'replacement.pdf',
    )
    form.append('_payload', JSON.stringify({ description: 'replaced' }))
    return rest.patch<ErrorBody>(`/attachments/${doc.id}`, {
      token: await tokenFor(who),
      formData: form,
    })
  }

  it('should refuse replacing or deleting the file of a controlled document in effect, with the reason', async () => {
    for (const doc of [files.internalFile, files.confidentialFile]) {
      const before = await reread(doc.id)
      for (const who of ['property-manager', 'director'] as const) {
        const replaced = await replace(who, doc)
        expect(replaced.status).toBe(409)
        expect(replaced.body.errors?.[0]?.message).toMatch(/controlled document in effect/)
        const deleted = await rest.delete<ErrorBody>(`/attachments/${doc.id}`, {
          token: await tokenFor(who),
        })
        expect(deleted.status).toBe(409)
      }
      expectUnchanged(before, await reread(doc.id))
      const bytes = await download('director', doc)
      expect(Buffer.from(bytes.body).equals(bytesOf[String(doc.filename)])).toBe(true)
    }
  })

  it('should give those who may not change a file Payload refusal, not the document reason', async () => {
    const before = await reread(files.confidentialFile.id)
    // The site manager cannot read the confidential document's file: the same answer as a missing one.
    const hidden = await rest.delete(`/attachments/${files.confidentialFile.id}`, {
      token: await tokenFor('site-manager'),
    })
    const missing = await rest.delete('/attachments/999999', {
      token: await tokenFor('site-manager'),
    })
    expect(hidden.status).toBe(403)
    expect(hidden.body).toEqual(missing.body)
    for (const who of ['security-guard', 'cs-clerk', 'anonymous'] as const) {
      expect((await replace(who, files.confidentialFile)).status).toBe(403)
      const deleted = await rest.delete(`/attachments/${files.confidentialFile.id}`, {
        token: await tokenFor(who),
      })
      expect(deleted.status).toBe(403)
    }
    expectUnchanged(before, await reread(files.confidentialFile.id))
  })

  it('should refuse staff who may not change a resident file, and keep it unchanged', async () => {
    const before = await reread(files.moveIn.id)
    for (const who of ['security-guard', 'engineer', 'cs-clerk', 'site-captain'] as const) {
      expect((await replace(who, files.moveIn)).status).toBe(403)
      expect(
        (await rest.delete(`/attachments/${files.moveIn.id}`, { token: await tokenFor(who) }))
          .status,
      ).toBe(403)
    }
    expectUnchanged(before, await reread(files.moveIn.id))
    const bytes = await download('cs-clerk', files.moveIn)
    expect(Buffer.from(bytes.body).equals(bytesOf[String(files.moveIn.filename)])).toBe(true)
  })

  it('should let a manager change a file no document in effect holds, keeping its uploader', async () => {
    const doc = await upload('cs-clerk', 'to-replace')
    await payload.update({
      collection: slugs.residents,
      where: { name: { equals: '钱业主' } },
      data: {
        files: [
          { kind: 'move-in-form', file: files.moveIn.id },
          { kind: 'other', file: doc.id },
        ],
      },
    })
    const res = await rest.patch<{ doc: Doc }>(`/attachments/${doc.id}`, {
      token: await tokenFor('site-manager'),
      body: { description: 'renamed', uploadedBy: staff['site-manager'].id },
    })
    expect(res.status).toBe(200)
    const after = await reread(doc.id)
    expect(after.description).toBe('renamed')
    expect(after.uploadedBy).toBe(staff['cs-clerk'].id)
    const deleted = await rest.delete(`/attachments/${doc.id}`, {
      token: await tokenFor('site-manager'),
    })
    // Still in the resident's files: refused before the file leaves the disk.
    expect(deleted.status).toBe(409)
    expect((await download('site-manager', doc)).status).toBe(200)
    await payload.update({
      collection: slugs.residents,
      where: { name: { equals: '钱业主' } },
      data: { files: [{ kind: 'move-in-form', file: files.moveIn.id }] },
    })
    // Let go by its holder, it is deleted by whoever reads every holder.
    const freed = await rest.delete(`/attachments/${doc.id}`, {
      token: await tokenFor('property-manager'),
    })
    expect(freed.status).toBe(200)
    expect(
      (await payload.count({ collection: slugs.attachments, where: { id: { equals: doc.id } } }))
        .totalDocs,
    ).toBe(0)
  })

  it('should record the uploader from the session, never from the client', async () => {
    const bytes = await pdfBytes('forged')
    const form = new FormData()
    form.append(
      'file',
      new Blob([new Uint8Array(bytes)], { type: 'application/pdf' }),
      'forged.pdf',
    )
    form.append('_payload', JSON.stringify({ uploadedBy: staff.director.id }))
    const res = await rest.post<{ doc: Doc }>('/attachments', {
      token: await tokenFor('security-guard'),
      formData: form,
    })
    expect(res.status).toBe(201)
    expect((await reread(res.body.doc.id)).uploadedBy).toBe(staff['security-guard'].id)
  })
})
