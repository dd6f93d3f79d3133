import fs from 'fs'
import path from 'path'

import type { Payload } from 'payload'

import { slugs } from '@/slugs'

import { complaintBody, makeResident, makeUnit } from '../helpers/fixtures'
import type { Booted } from '../helpers/payload'
import { bootPayload, restClient } from '../helpers/payload'
import { pdfText } from '../helpers/pdf'
import { createStaff, TEST_PASSWORD } from '../helpers/staff'

let booted: Booted
let payload: Payload
let rest: ReturnType<typeof restClient>
let staff: Awaited<ReturnType<typeof createStaff>>
let letterId: number

const outDir = path.resolve('test/.tmp/pdf')

beforeAll(async () => {
  booted = await bootPayload('complaint-prints')
  payload = booted.payload
  rest = restClient(booted.config)
  staff = await createStaff(payload)
  const unit = await makeUnit(payload, '7栋', '702')
  const resident = await makeResident(payload, unit.id, '林美华')
  const clerk = await rest.login(staff['cs-clerk'].email, TEST_PASSWORD)
  const created = await rest.post<{ doc: { id: number } }>('/complaints', {
    token: clerk,
    body: complaintBody({
      unit: unit.id,
      resident: resident.id,
      channel: 'letter',
      category: 'public-facilities',
    }),
  })
  letterId = created.body.doc.id
  fs.mkdirSync(outDir, { recursive: true })
})

afterAll(async () => {
  await booted?.shutdown()
})

const get = async (
  role: 'cs-clerk' | 'dispatcher' | 'security-guard' | 'site-manager',
  p: string,
) =>
  rest.get<Uint8Array & { errors?: unknown }>(p, {
    token: await rest.login(staff[role].email, TEST_PASSWORD),
  })

describe('printed complaint forms', () => {
  it('should print the handling slip with Chinese text, the number and the form version', async () => {
    const res = await get('cs-clerk', `/complaints/${letterId}/slip.pdf`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/pdf')
    const bytes = res.body as Uint8Array
    fs.writeFileSync(path.join(outDir, 'slip.pdf'), bytes)
    const { text } = await pdfText(bytes)
    const complaint = await payload.findByID({ collection: slugs.complaints, id: letterId })
    expect(text).toContain('客户投诉处理单')
    expect(text).toContain(String(complaint.number))
    expect(text).toContain('未受控副本')
    expect(text).toContain('7栋-702')
    expect(text).toContain('林美华')
    expect(text).toContain('公共设施损坏')
    expect(text).toContain('装修噪音')
    expect(text).toContain('13800000000')
  })

  it('should refuse the reply letter until there is a written reply, then print it', async () => {
    const early = await get('cs-clerk', `/complaints/${letterId}/reply.pdf`)
    expect(early.status).toBe(409)

    const dispatcher = await rest.login(staff.dispatcher.email, TEST_PASSWORD)
    const manager = await rest.login(staff['site-manager'].email, TEST_PASSWORD)
    const deadline = new Date(Date.now() + 3_600_000).toISOString()
    await rest.post(`/complaints/${letterId}/actions/dispatch`, {
      token: dispatcher,
      body: { department: 'engineering', handler: staff['site-captain'].id, deadline },
    })
    await rest.post(`/complaints/${letterId}/actions/start`, { token: dispatcher })
    const resolved = await rest.post(`/complaints/${letterId}/actions/resolve`, {
      token: manager,
      body: {
        result: '更换楼道灯具 4 套',
        verdict: 'substantiated',
        verdictNote: '现场查看楼道照明确已损坏',
        writtenReply: '经查，7栋楼道照明线路老化，已于当日更换灯具并检修线路。',
      },
    })
    expect(resolved.status).toBe(200)

    const res = await get('cs-clerk', `/complaints/${letterId}/reply.pdf`)
    expect(res.status).toBe(200)
    const bytes = res.body as Uint8Array
    fs.writeFileSync(path.join(outDir, 'reply.pdf'), bytes)
    const { text } = await pdfText(bytes)
    expect(text).toContain('投诉书面回复函')
    expect(text).toContain('尊敬的林美华')
    expect(text).toContain('楼道照明线路老化')
  })

  it('should not print a complaint for a guard, who cannot read it', async () => {
    const res = await get('security-guard', `/complaints/${letterId}/slip.pdf`)
    expect(res.status).toBe(403)
  })
})
