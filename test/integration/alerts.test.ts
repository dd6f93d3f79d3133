/**
 * Issue 16, item 2: alerts where staff look. A local robot (node:http on 127.0.0.1) stands in for
 * DingTalk and Feishu and checks each signature as they do; the office allow-lists its host.
 */
import { createHmac } from 'crypto'
import type { IncomingMessage, ServerResponse } from 'http'
import { createServer } from 'http'
import type { AddressInfo } from 'net'

import type { Payload } from 'payload'

import { ALERT_QUEUE, JOBS_COLLECTION as JOBS, URGENT_EMAIL_QUEUE } from '@/contracts/jobs'
import { jobSettings } from '@/config/jobWatchdog'
import { lexicalFromText } from '@/lib/lexical'
import { sweepJobs } from '@/jobs/watchdog'
import type { AlertChannel, Complaint, PayloadJob } from '@/payload-types'
import { globalSlugs, slugs } from '@/slugs'

import { complaintBody } from '../helpers/fixtures'
import {
  createComplaint,
  createResident,
  createStaffMember,
  createUnit,
} from '../helpers/factories'
import type { ErrorBody } from '../helpers/payload'
import { errorPaths } from '../helpers/payload'
import type { Mailbox } from '../helpers/smtp'
import type { StaffMember } from '../helpers/staff'
import { TEST_PASSWORD } from '../helpers/staff'
import type { Testbed } from '../helpers/testbed'
import { startTestbed } from '../helpers/testbed'

const DING_SECRET = 'SECding0123456789abcdef'
const FEISHU_SECRET = 'feishu-secret-42'
const MINUTE = 60_000

type Received = {
  path: string
  query: URLSearchParams
  body: Record<string, unknown>
  /** The signature checked as the robot's server checks it. */
  signed: boolean
}

/** A group robot on 127.0.0.1: verifies signatures, answers as DingTalk / Feishu do, or 500. */
const startRobot = async () => {
  const received: Received[] = []
  const state = { failing: false }
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    let raw = ''
    request.on('data', (chunk: Buffer) => (raw += chunk.toString()))
    request.on('end', () => {
      const url = new URL(request.url ?? '/', 'http://127.0.0.1')
      const body = JSON.parse(raw || '{}') as Record<string, unknown>
      let signed = false
      if (url.pathname === '/dingtalk') {
        const ts = url.searchParams.get('timestamp') ?? ''
        const expected = createHmac('sha256', DING_SECRET)
          .update(`${ts}\n${DING_SECRET}`)
          .digest('base64')
        signed =
          url.searchParams.get('sign') === expected &&
          Math.abs(Date.now() - Number(ts)) < 60 * MINUTE
      } else if (url.pathname === '/wecom') {
        // WeCom's robots take no signature: the key in the URL is the secret.
        signed = url.searchParams.get('key') === 'wecom-key'
      } else if (url.pathname === '/feishu') {
        const ts = String(body.timestamp ?? '')
        const expected = createHmac('sha256', `${ts}\n${FEISHU_SECRET}`).update('').digest('base64')
        signed = body.sign === expected && Math.abs(Date.now() / 1000 - Number(ts)) < 3600
      }
      received.push({ path: url.pathname, query: url.searchParams, body, signed })
      response.setHeader('Content-Type', 'application/json')
      if (state.failing) {
        response.statusCode = 500
        response.end('{"errmsg":"robot down"}')
      } else if (!signed) {
        response.end('{"errcode":310000,"errmsg":"sign not match","code":19021}')
      } else {
        response.end(
          url.pathname === '/feishu' ? '{"code":0,"msg":"success"}' : '{"errcode":0,"errmsg":"ok"}',
        )
      }
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    base: `http://127.0.0.1:${port}`,
    received,
    state,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

let tb: Testbed & { mailbox: Mailbox }
let payload: Payload
let robot: Awaited<ReturnType<typeof startRobot>>
let unitId: number
let residentId: number
let ding: AlertChannel
let feishu: AlertChannel

beforeAll(async () => {
  robot = await startRobot()
  tb = await startTestbed('alerts', { mail: true })
  payload = tb.payload
  const unit = await createUnit(payload, { building: '7栋', number: '701' })
  unitId = unit.id
  residentId = (await createResident(payload, { units: [unit.id], name: '冯七' })).id
})

afterAll(async () => {
  await tb?.shutdown()
  await robot?.close()
})

const as = (member: StaffMember) => tb.tokenOf(member)
const channelCount = async () =>
  (await payload.count({ collection: slugs.alertChannels })).totalDocs
const rereadChannel = (id: number) =>
  payload.findByID({ collection: slugs.alertChannels, id, depth: 0, overrideAccess: true })
const settings = () =>
  payload.findGlobal({ slug: globalSlugs.officeSettings, depth: 0, overrideAccess: true })
const jobsOf = async (where: object) =>
  (
    await payload.find({
      collection: JOBS,
      where: where as never,
      sort: 'createdAt',
      pagination: false,
      depth: 0,
    })
  ).docs as PayloadJob[]
const registerMajor = async () => {
  const res = await tb.rest.post<{ doc: Complaint }>('/complaints', {
    token: await as(tb.staff['cs-clerk']),
    body: complaintBody({ unit: unitId, resident: residentId, category: 'lift-entrapment' }),
  })
  expect(res.status).toBe(201)
  expect(res.body.doc.severity).toBe('major')
  return res.body.doc
}
const createChannel = async (body: Record<string, unknown>, member = tb.staff.admin) =>
  tb.rest.post<{ doc: AlertChannel } & ErrorBody>(`/${slugs.alertChannels}`, {
    token: await as(member),
    body,
  })

describe('robot URLs', () => {
  it.each([
    ['http to a public host', 'http://oapi.dingtalk.com/robot/send?access_token=t'],
    ['loopback', 'ROBOT/dingtalk'],
    ['a private address', 'https://192.168.1.20/robot'],
    ['link-local (cloud metadata)', 'https://169.254.169.254/latest'],
    ['localhost', 'https://localhost:8443/robot'],
    ['no URL at all', undefined],
  ])('should refuse %s without the allow-list: 400 naming url, nothing saved', async (_, url) => {
    const before = await channelCount()
    const res = await createChannel({
      name: '值班群',
      flavour: 'dingtalk',
      url: url?.replace('ROBOT', robot.base),
      secret: DING_SECRET,
    })
    expect(res.status).toBe(400)
    expect(errorPaths(res.body)).toEqual(['url'])
    expect(await channelCount()).toBe(before)
  })

  it('should refuse changing a saved channel to a private URL, and keep the old one', async () => {
    const public_ = await createChannel({
      name: '钉钉值班群',
      flavour: 'dingtalk',
      url: 'https://oapi.dingtalk.com/robot/send?access_token=demo',
      enabled: false,
    })
    expect(public_.status).toBe(201)
    const res = await tb.rest.patch<ErrorBody>(`/${slugs.alertChannels}/${public_.body.doc.id}`, {
      token: await as(tb.staff.admin),
      body: { url: 'https://10.0.0.8/robot' },
    })
    expect(res.status).toBe(400)
    expect(errorPaths(res.body)).toEqual(['url'])
    // Nor can the URL be cleared.
    const cleared = await tb.rest.patch<ErrorBody>(
      `/${slugs.alertChannels}/${public_.body.doc.id}`,
      { token: await as(tb.staff.admin), body: { url: null } },
    )
    expect(cleared.status).toBe(400)
    expect(errorPaths(cleared.body)).toEqual(['url'])
    expect((await rereadChannel(public_.body.doc.id)).url).toBe(
      'https://oapi.dingtalk.com/robot/send?access_token=demo',
    )
    // Audited like other office data.
    const audit = await payload.find({
      collection: slugs.auditLog,
      where: { collectionSlug: { equals: slugs.alertChannels } },
      depth: 0,
    })
    expect(audit.docs.map((d) => d.action)).toEqual(['create'])
  })

  it('should let the administrator alone change the allow-list; managers choose the channels', async () => {
    const manager = await tb.rest.post(`/globals/${globalSlugs.officeSettings}`, {
      token: await as(tb.staff['property-manager']),
      body: { alerts: { robotHostAllowList: ['127.0.0.1'] } },
    })
    expect(manager.status).toBe(200) // field access drops the value, as Payload does
    expect((await settings()).alerts?.robotHostAllowList ?? []).toEqual([])

    const bad = await tb.rest.post<ErrorBody>(`/globals/${globalSlugs.officeSettings}`, {
      token: await as(tb.staff.admin),
      body: { alerts: { robotHostAllowList: ['127.0.0.1/robot?x=1 ; rm'] } },
    })
    expect(bad.status).toBe(400)
    expect(errorPaths(bad.body)).toEqual(['alerts.robotHostAllowList'])

    const admin = await tb.rest.post(`/globals/${globalSlugs.officeSettings}`, {
      token: await as(tb.staff.admin),
      body: { alerts: { robotHostAllowList: ['127.0.0.1'] } },
    })
    expect(admin.status).toBe(200)
    expect((await settings()).alerts?.robotHostAllowList).toEqual(['127.0.0.1'])

    // The local robot's host is allow-listed now: http to 127.0.0.1 is accepted.
    const d = await createChannel({
      name: '客服值班群（钉钉）',
      flavour: 'dingtalk',
      format: 'markdown',
      url: `${robot.base}/dingtalk?access_token=tok-1`,
      secret: DING_SECRET,
    })
    expect(d.status).toBe(201)
    ding = d.body.doc
    const f = await createChannel({
      name: '管理层群（飞书）',
      flavour: 'feishu',
      format: 'text',
      url: `${robot.base}/feishu`,
      secret: FEISHU_SECRET,
    })
    expect(f.status).toBe(201)
    feishu = f.body.doc

    const choose = await tb.rest.post(`/globals/${globalSlugs.officeSettings}`, {
      token: await as(tb.staff['property-manager']),
      body: { alerts: { majorComplaint: [ding.id, feishu.id] } },
    })
    expect(choose.status).toBe(200)
    const stored = (await settings()).alerts
    expect(stored?.majorComplaint).toEqual([ding.id, feishu.id])
    expect(stored?.robotHostAllowList).toEqual(['127.0.0.1'])
  })
})

describe('a major complaint in the group chats', () => {
  it('should queue the robot posts with the registration and deliver them signed', async () => {
    const complaint = await registerMajor()
    expect(robot.received).toHaveLength(0) // queued, not sent inside the request
    const queued = await jobsOf({ queue: { equals: ALERT_QUEUE } })
    expect(queued).toHaveLength(2)
    // The job holds the channel by reference: no URL, no secret in the jobs table.
    expect(JSON.stringify(queued.map((j) => j.input))).not.toContain(DING_SECRET)
    expect(JSON.stringify(queued.map((j) => j.input))).not.toContain('tok-1')

    await payload.jobs.run({ queue: ALERT_QUEUE, limit: 10 })
    expect(robot.received).toHaveLength(2)
    const dingtalk = robot.received.find((r) => r.path === '/dingtalk')!
    expect(dingtalk.signed).toBe(true)
    expect(dingtalk.query.get('access_token')).toBe('tok-1')
    expect(dingtalk.body).toMatchObject({ msgtype: 'markdown' })
    const markdown = dingtalk.body.markdown as { title: string; text: string }
    expect(markdown.title).toContain(String(complaint.number))
    expect(markdown.text).toContain('7栋-701')
    const lark = robot.received.find((r) => r.path === '/feishu')!
    expect(lark.signed).toBe(true)
    expect(lark.body).toMatchObject({ msg_type: 'text' })
    expect((lark.body.content as { text: string }).text).toContain(String(complaint.number))
    const done = await jobsOf({ queue: { equals: ALERT_QUEUE } })
    expect(done.map((j) => [Boolean(j.completedAt), j.hasError ?? false])).toEqual([
      [true, false],
      [true, false],
    ])
    // Email goes as before.
    await payload.jobs.run({ queue: URGENT_EMAIL_QUEUE, limit: 10 })
    expect(tb.mailbox.to(tb.staff.director.email).at(-1)?.subject).toContain(
      String(complaint.number),
    )
  })

  it('should retry a failing robot with growing waits, then show the failure to the administrator', async () => {
    // A manager switches the Feishu channel off: only the DingTalk robot is posted to.
    const off = await tb.rest.patch(`/${slugs.alertChannels}/${feishu.id}`, {
      token: await as(tb.staff['property-manager']),
      body: { enabled: false },
    })
    expect(off.status).toBe(200)
    robot.state.failing = true
    robot.received.length = 0
    const complaint = await registerMajor()
    const [job] = await jobsOf({
      and: [{ queue: { equals: ALERT_QUEUE } }, { completedAt: { exists: false } }],
    })
    expect(job.input).toMatchObject({ channel: ding.id, alertKind: 'majorComplaint' })

    const waits: number[] = []
    let current = job
    for (let i = 0; i < 10 && !current.hasError; i++) {
      await payload.jobs.run({ queue: ALERT_QUEUE, limit: 10 })
      current = (await payload.findByID({ collection: JOBS, id: job.id, depth: 0 })) as PayloadJob
      if (current.hasError) break
      const last = (current.log ?? []).at(-1)!
      waits.push(
        Math.round((Date.parse(current.waitUntil!) - Date.parse(last.completedAt)) / MINUTE),
      )
      // Not again before its wait is over.
      await payload.jobs.run({ queue: ALERT_QUEUE, limit: 10 })
      expect(robot.received).toHaveLength(i + 1)
      await payload.update({
        collection: JOBS,
        id: job.id,
        data: { waitUntil: new Date(Date.now() - MINUTE).toISOString() },
      })
    }
    expect(waits).toEqual([1, 2, 4, 8])
    expect(current).toMatchObject({ hasError: true, totalTried: 5 })
    expect(robot.received).toHaveLength(5)
    expect(robot.received.every((r) => r.path === '/dingtalk' && r.signed)).toBe(true)
    expect(JSON.stringify(current.error)).toContain('HTTP 500')
    expect(JSON.stringify(current.error)).not.toContain('tok-1')

    // The watchdog emails the administrators once (urgent queue) …
    const before = tb.mailbox.to(tb.staff.admin.email).length
    expect((await sweepJobs(payload, jobSettings)).reported).toBe(1)
    await payload.jobs.run({ queue: URGENT_EMAIL_QUEUE, limit: 10 })
    const mails = tb.mailbox.to(tb.staff.admin.email).slice(before)
    expect(mails).toHaveLength(1)
    expect(mails[0].subject).toContain('群机器人提醒失败')
    expect(mails[0].text).toContain(String(complaint.number))
    expect((await sweepJobs(payload, jobSettings)).reported).toBe(0)

    // … and their dashboard lists it; nobody else's does.
    type Dashboard = {
      panels: Array<{
        key: string
        data: { failedAlerts: { total: number; items: Array<{ id: number; title: string }> } }
      }>
    }
    const dash = await tb.rest.get<Dashboard>('/dashboard', { token: await as(tb.staff.admin) })
    expect(dash.status).toBe(200)
    const panel = dash.body.panels.find((p) => p.key === 'jobs')?.data
    expect(panel?.failedAlerts.total).toBe(1)
    expect(panel?.failedAlerts.items[0]).toMatchObject({ id: job.id })
    expect(panel?.failedAlerts.items[0].title).toContain(String(complaint.number))
    const manager = await tb.rest.get<Dashboard>('/dashboard', {
      token: await as(tb.staff['property-manager']),
    })
    expect(manager.body.panels.map((p) => p.key)).not.toContain('jobs')
    robot.state.failing = false
  })
})

describe('the other alerts', () => {
  let wecom: AlertChannel
  const alertsFor = (text: string) =>
    robot.received.filter((r) => JSON.stringify(r.body).includes(text))

  beforeAll(async () => {
    const w = await createChannel({
      name: '工程部群（企业微信）',
      flavour: 'wecom',
      format: 'text',
      url: `${robot.base}/wecom?key=wecom-key`,
    })
    expect(w.status).toBe(201)
    wecom = w.body.doc
    const choose = await tb.rest.post(`/globals/${globalSlugs.officeSettings}`, {
      token: await as(tb.staff.director),
      body: {
        alerts: {
          escalation: [wecom.id],
          handoverRefused: [wecom.id, ding.id],
          approvalWaiting: [wecom.id],
        },
      },
    })
    expect(choose.status).toBe(200)
    robot.received.length = 0
  })

  it('should post nothing for a registration that was rolled back', async () => {
    const queued = async () =>
      (await payload.count({ collection: JOBS, where: { queue: { equals: ALERT_QUEUE } } }))
        .totalDocs
    const before = await queued()
    const transactionID = await payload.db.beginTransaction()
    const req = { payload, transactionID } as never
    await payload.create({
      collection: slugs.complaints,
      data: complaintBody({ unit: unitId, resident: residentId, category: 'fire' }) as never,
      req,
    })
    // Queued inside the transaction …
    expect(
      (await payload.count({ collection: JOBS, where: { queue: { equals: ALERT_QUEUE } }, req }))
        .totalDocs,
    ).toBe(before + 1)
    // … and gone with it.
    await payload.db.rollbackTransaction(transactionID!)
    expect(await queued()).toBe(before)
  })

  it('should post an escalation of an overdue complaint to the chosen robot', async () => {
    const old = await createComplaint(
      payload,
      {
        unit: unitId,
        resident: residentId,
        registeredAt: new Date(Date.now() - 48 * 3_600_000).toISOString(),
      },
      { serverWrite: true },
    )
    await payload.update({
      collection: slugs.complaints,
      id: old.id,
      data: {
        status: 'dispatched',
        handler: tb.staff.dispatcher.id,
        department: 'customer-service',
      },
      context: { serverWrite: true },
    })
    await payload.jobs.queue({ task: 'escalateOverdueComplaints', queue: 'escalations', input: {} })
    await payload.jobs.run({ queue: 'escalations', limit: 10 })
    await payload.jobs.run({ queue: ALERT_QUEUE, limit: 10 })
    const posted = alertsFor(String(old.number))
    expect(posted.length).toBe(2) // verification and resolution overdue
    expect(posted.every((r) => r.path === '/wecom' && r.signed)).toBe(true)
    expect(posted[0].body).toMatchObject({ msgtype: 'text' })
  })

  it('should post a refused handover to the chosen robots', async () => {
    const guard = (email: string) =>
      createStaffMember(payload, {
        email,
        password: TEST_PASSWORD,
        roles: ['security-guard'],
        dutyPost: 'gate-1',
      })
    const outgoing = await guard('guard-out@test.local')
    const incoming = await guard('guard-in@test.local')
    const opened = await tb.rest.post<{ doc: { id: number; equipment?: Array<{ item: string }> } }>(
      '/shift-logs?depth=0',
      { token: await as(outgoing), body: { post: 'gate-1' } },
    )
    expect(opened.status).toBe(201)
    const log = opened.body.doc
    const equipment = (log.equipment ?? []).map((e) => ({ item: e.item, ok: true }))
    const signed = await tb.act(outgoing, slugs.shiftLogs, log.id, 'sign', {
      summary: '本班正常',
      equipment,
    })
    expect(signed.status).toBe(200)
    robot.received.length = 0
    const refused = await tb.act(incoming, slugs.shiftLogs, log.id, 'refuse', {
      reason: '对讲机电池缺失',
    })
    expect(refused.status).toBe(200)
    await payload.jobs.run({ queue: ALERT_QUEUE, limit: 10 })
    const posted = alertsFor('对讲机电池缺失')
    expect(posted.map((r) => r.path).sort()).toEqual(['/dingtalk', '/wecom'])
    expect(posted.every((r) => r.signed)).toBe(true)
    expect(JSON.stringify(posted[0].body)).toContain('交接班被拒收')
  })
})

describe('an approval waiting', () => {
  it('should post a submitted document waiting for the next signer', async () => {
    const controller = tb.staff['document-controller']
    const created = await tb.rest.post<{ doc: { id: number } }>('/archived-documents?draft=true', {
      token: await as(controller),
      body: {
        title: '群提醒测试表',
        kind: 'form',
        department: 'customer-service',
        content: lexicalFromText('群提醒测试表 A/0'),
        changeNote: '初版',
      },
    })
    expect(created.status).toBe(201)
    robot.received.length = 0
    const submitted = await tb.rest.post(
      `/approvals/archived-documents/${created.body.doc.id}/approve`,
      { token: await as(controller), body: {} },
    )
    expect([submitted.status, submitted.body]).toEqual([200, expect.anything()])
    await payload.jobs.run({ queue: ALERT_QUEUE, limit: 10 })
    const posted = robot.received.filter((r) => JSON.stringify(r.body).includes('群提醒测试表'))
    expect(posted).toHaveLength(1)
    expect(posted[0]).toMatchObject({ path: '/wecom', signed: true })
    expect(JSON.stringify(posted[0].body)).toContain('待审批')
  })
})

describe('who sees a channel’s URL and secret', () => {
  it('should show managers the name and kind only, and refuse the guard', async () => {
    const pm = await tb.rest.get<AlertChannel>(`/${slugs.alertChannels}/${ding.id}`, {
      token: await as(tb.staff['property-manager']),
    })
    expect(pm.status).toBe(200)
    expect(pm.body).toMatchObject({ name: ding.name, kind: 'group-robot', flavour: 'dingtalk' })
    expect(pm.body).not.toHaveProperty('url')
    expect(pm.body).not.toHaveProperty('secret')
    const list = await tb.rest.get<{ docs: AlertChannel[] }>(
      `/${slugs.alertChannels}?limit=50&depth=0`,
      { token: await as(tb.staff.director) },
    )
    expect(list.status).toBe(200)
    expect(list.body.docs.length).toBeGreaterThanOrEqual(3)
    expect(JSON.stringify(list.body)).not.toMatch(/tok-1|127\.0\.0\.1|SEC|feishu-secret/)
    // Asking by the URL finds nothing a manager could learn it from.
    const probe = await tb.rest.get<{ docs: AlertChannel[] }>(
      `/${slugs.alertChannels}?where[url][like]=tok-1&depth=0`,
      { token: await as(tb.staff.director) },
    )
    expect(probe.body.docs ?? []).toHaveLength(0)

    const guard = await tb.rest.get(`/${slugs.alertChannels}/${ding.id}`, {
      token: await as(tb.staff['security-guard']),
    })
    expect(guard.status).toBe(403)
    expect(JSON.stringify(guard.body)).not.toContain('tok-1')

    const admin = await tb.rest.get<AlertChannel>(`/${slugs.alertChannels}/${ding.id}`, {
      token: await as(tb.staff.admin),
    })
    expect(admin.body).toMatchObject({
      url: `${robot.base}/dingtalk?access_token=tok-1`,
      secret: DING_SECRET,
    })
  })

  it('should drop a manager’s URL and secret, refuse the guard and a manager’s new channel, and change nothing', async () => {
    const before = await rereadChannel(ding.id)
    const pm = await tb.rest.patch<{ doc: AlertChannel }>(`/${slugs.alertChannels}/${ding.id}`, {
      token: await as(tb.staff['property-manager']),
      body: { url: 'https://attacker.example.com/hook', secret: 'mine', name: '客服值班群' },
    })
    // Payload's field access drops what the role may not write: 200, the rest is saved.
    expect(pm.status).toBe(200)
    expect(pm.body.doc).not.toHaveProperty('url')
    const after = await rereadChannel(ding.id)
    expect(after).toMatchObject({ url: before.url, secret: before.secret, name: '客服值班群' })

    const guard = await tb.rest.patch(`/${slugs.alertChannels}/${ding.id}`, {
      token: await as(tb.staff['security-guard']),
      body: { url: 'https://attacker.example.com/hook', name: 'x' },
    })
    expect(guard.status).toBe(403)
    expect(await rereadChannel(ding.id)).toEqual(after)

    const count = await channelCount()
    const created = await createChannel(
      {
        name: '我的群',
        flavour: 'wecom',
        url: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k',
      },
      tb.staff['property-manager'],
    )
    expect(created.status).toBe(403)
    expect(await channelCount()).toBe(count)
  })
})
