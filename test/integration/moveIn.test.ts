import type { Payload } from 'payload'

import { INSPECTION_ITEMS } from '@/domain/moveIn/workflow'
import { currentShift } from '@/domain/shiftLogs/shifts'
import type { FollowUp, Key, Resident, ShiftLog, User } from '@/payload-types'
import { slugs } from '@/slugs'

import { createResident, createShiftLog, createStaffMember, createUnit } from '../helpers/factories'
import type { ErrorBody } from '../helpers/payload'
import { errorPaths } from '../helpers/payload'
import { pdfText } from '../helpers/pdf'
import type { StaffMember } from '../helpers/staff'
import { TEST_PASSWORD } from '../helpers/staff'
import type { RestClient, Staff, Testbed } from '../helpers/testbed'
import { expectUnchanged, startTestbed } from '../helpers/testbed'

/**
 * Issue 18, items 2 and 3: move-in (入住) as signed steps with their paper forms — registration,
 * joint inspection with defects followed as follow-ups, key handover or custody, cards — and the
 * office's key register, lent and returned through the shift log, overdue keys at the handover.
 * Every refusal re-reads the state.
 */

let tb: Testbed
let payload: Payload
let rest: RestClient
let staff: Staff
let tokenOf: (member: StaffMember) => Promise<string>
let guardA: StaffMember
let guardB: StaffMember

const TZ = 'Asia/Shanghai'
const DAY = 86_400_000
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString()

beforeAll(async () => {
  tb = await startTestbed('move-in')
  ;({ payload, rest, staff, tokenOf } = tb)
  const guard = (email: string) =>
    createStaffMember(payload, {
      email,
      password: TEST_PASSWORD,
      roles: ['security-guard'],
      dutyPost: 'gate-1' as User['dutyPost'],
    })
  guardA = await guard('key-guard-a@test.local')
  guardB = await guard('key-guard-b@test.local')
})

afterAll(async () => {
  await tb?.shutdown()
})

const act = (as: StaffMember, id: number, action: string, body: Record<string, unknown> = {}) =>
  tb.act(as, slugs.residents, id, action, body)
const reread = (id: number) => tb.reread(slugs.residents, id)
const print = async (id: number, form: string, as: StaffMember = staff['cs-clerk']) =>
  rest.get<Uint8Array>(`/residents/${id}/move-in/${form}.pdf`, { token: await tokenOf(as) })
const allPass = () => INSPECTION_ITEMS.map((item) => ({ item, ok: true }))
let unitNo = 200
/** A resident in a unit of their own (unit numbers are unique in a building). */
const newResident = async (name: string) =>
  createResident(payload, {
    name,
    units: [(await createUnit(payload, { number: String(++unitNo) })).id],
  })
const followUpsOf = (id: number) =>
  payload.find({
    collection: slugs.followUps,
    where: {
      and: [{ 'source.relationTo': { equals: 'residents' } }, { 'source.value': { equals: id } }],
    },
    sort: 'id',
    depth: 0,
  })

describe('move-in (入住) steps and forms', () => {
  let owner: Resident

  beforeAll(async () => {
    owner = await createResident(payload, {
      name: '李建国',
      phone: '13912345678',
      idNumber: '110101199003071233',
      archiveNo: 'RZ-0001',
    })
  })

  it('should sign each step with the date and the member of staff, once', async () => {
    const clerk = staff['cs-clerk']
    const registered = await act(clerk, owner.id, 'register', { identityVerified: 'yes' })
    expect(registered.status).toBe(200)
    const after = await reread(owner.id)
    expect(after.moveIn?.registrationForm).toMatchObject({ done: true, staff: clerk.id })
    expect(after.moveIn?.registrationForm?.date).toBeTruthy()
    expect(after.moveIn?.status).toBe('in-progress')

    const again = await act(staff['site-manager'], owner.id, 'register', {
      identityVerified: 'yes',
    })
    expect(again.status).toBe(409)
    expectUnchanged(after, await reread(owner.id))

    expect(
      (await act(clerk, owner.id, 'sign-agreement', { agreementNo: 'QQ-2026-01' })).status,
    ).toBe(200)
    expect((await act(clerk, owner.id, 'hand-over-handbook')).status).toBe(200)
    const fees = await act(staff['site-manager'], owner.id, 'collect-fees', {
      amount: 3250.5,
      receiptNo: 'SJ-778',
    })
    expect(fees.status).toBe(200)
    const stored = await reread(owner.id)
    expect(stored.moveIn?.fees).toMatchObject({
      amount: 3250.5,
      receiptNo: 'SJ-778',
      staff: staff['site-manager'].id,
    })
    expect(stored.moveIn?.serviceAgreement?.agreementNo).toBe('QQ-2026-01')
  })

  it('should refuse a step by a role that may not sign it (403), nothing written', async () => {
    const before = await reread(owner.id)
    for (const who of [guardA, staff.engineer, staff.dispatcher]) {
      const res = await act(who, owner.id, 'issue-cards', { water: 'W-1' })
      expect(res.status).toBe(403)
    }
    expectUnchanged(before, await reread(owner.id))
  })

  it('should refuse a client writing the move-in record directly (403)', async () => {
    const before = await reread(owner.id)
    const res = await rest.patch(`/residents/${owner.id}`, {
      token: await tokenOf(staff['cs-clerk']),
      body: { moveIn: { cards: { done: true, water: 'forged' } } },
    })
    expect(res.status).toBe(403)
    expectUnchanged(before, await reread(owner.id))
  })

  it('should refuse bad input naming the field (400), nothing written', async () => {
    const fresh = await newResident('赵敏')
    const before = await reread(fresh.id)
    const cases: Array<[string, Record<string, unknown>, string]> = [
      ['register', {}, 'identityVerified'],
      ['collect-fees', { amount: 10.005, receiptNo: 'X' }, 'amount'],
      ['collect-fees', { amount: 100 }, 'receiptNo'],
      ['hand-over-keys', { keys: '入户门 3', recipientSigned: 'yes' }, 'recipient'],
      ['hand-over-keys', { keys: '魔法门 3', recipient: '赵敏', recipientSigned: 'yes' }, 'keys'],
      ['issue-cards', {}, 'water'],
    ]
    for (const [action, body, field] of cases) {
      const res = await act(staff['cs-clerk'], fresh.id, action, body)
      expect([action, res.status]).toEqual([action, 400])
      expect(errorPaths(res.body as ErrorBody)).toEqual([field])
    }
    expectUnchanged(before, await reread(fresh.id))
    // Custody comes after the joint inspection (the developer must still repair): 409.
    const custody = await act(staff['cs-clerk'], fresh.id, 'take-keys-into-custody', {
      keys: '入户门 2',
      location: '钥匙柜 A-3',
      reason: '待整改',
    })
    expect(custody.status).toBe(409)
    expectUnchanged(before, await reread(fresh.id))
  })

  it('should refuse a defect without a description, a failed item without defects, an owner not on the staff', async () => {
    const followUps = (await payload.count({ collection: slugs.followUps })).totalDocs
    const before = await reread(owner.id)
    const items = allPass()
    items[1] = { item: INSPECTION_ITEMS[1], ok: false }
    const base = {
      items,
      developerRep: '开发商 王工',
      owner: staff.engineer.id,
      deadline: inDays(14),
    }
    const blank = await act(staff['cs-clerk'], owner.id, 'inspect', {
      ...base,
      defects: [{ description: '  ', location: '主卧' }],
    })
    expect(blank.status).toBe(400)
    expect(errorPaths(blank.body as ErrorBody)).toEqual(['defects'])
    const none = await act(staff['cs-clerk'], owner.id, 'inspect', { ...base, defects: '' })
    expect(none.status).toBe(400)
    expect(errorPaths(none.body as ErrorBody)).toEqual(['defects'])
    const admin = await act(staff['cs-clerk'], owner.id, 'inspect', {
      ...base,
      defects: '主卧窗框渗水',
      owner: staff.admin.id,
    })
    expect(admin.status).toBe(400)
    expect(errorPaths(admin.body as ErrorBody)).toEqual(['owner'])
    const unanswered = await act(staff['cs-clerk'], owner.id, 'inspect', {
      ...base,
      items: allPass().slice(1),
      defects: '主卧窗框渗水',
    })
    expect(unanswered.status).toBe(400)
    expect(errorPaths(unanswered.body as ErrorBody)).toEqual(['items'])
    expectUnchanged(before, await reread(owner.id))
    expect((await payload.count({ collection: slugs.followUps })).totalDocs).toBe(followUps)
  })

  it('should record the inspection, each defect a follow-up linked to its row, and print it', async () => {
    const items = allPass()
    items[1] = { item: INSPECTION_ITEMS[1], ok: false, note: '主卧窗户' } as never
    const res = await act(staff['cs-clerk'], owner.id, 'inspect', {
      items,
      developerRep: '开发商 王工',
      defects: '主卧窗框渗水\n客厅墙面裂缝',
      owner: staff.engineer.id,
      deadline: inDays(14),
    })
    expect(res.status).toBe(200)
    const followUps = (await followUpsOf(owner.id)).docs as FollowUp[]
    expect(followUps).toHaveLength(2)
    expect(followUps.map((f) => [f.sourceKind, f.owner, f.status])).toEqual([
      ['house-inspection', staff.engineer.id, 'open'],
      ['house-inspection', staff.engineer.id, 'open'],
    ])
    const stored = await reread(owner.id)
    const inspection = stored.moveIn?.jointInspection
    expect(inspection?.items?.filter((i) => !i.passed).map((i) => i.item)).toEqual([
      INSPECTION_ITEMS[1],
    ])
    expect(inspection?.defects?.map((d) => [d.description, d.followUp])).toEqual([
      ['主卧窗框渗水', followUps[0].id],
      ['客厅墙面裂缝', followUps[1].id],
    ])
    const pdf = await print(owner.id, 'inspection')
    expect(pdf.status).toBe(200)
    const { text } = await pdfText(pdf.body)
    expect(text).toContain('房屋验收单')
    expect(text).toContain('未受控副本')
    expect(text).toContain('主卧窗框渗水')
    expect(text).toContain('不合格')
    expect(text).toContain('开发商 王工')
    expect(text).toContain('测试cs-clerk')
    expect(text).toContain('直接主管审核')
  })

  it('should print the registration form with confidential data only for those entitled to it', async () => {
    const clerk = await pdfText((await print(owner.id, 'registration')).body)
    expect(clerk.text).toContain('业主基本信息登记表')
    expect(clerk.text).toContain('李建国')
    expect(clerk.text).toContain('13912345678')
    const guardCopy = await print(owner.id, 'registration', guardA)
    expect(guardCopy.status).toBe(200)
    const guard = await pdfText(guardCopy.body)
    expect(guard.text).toContain('李建国')
    expect(guard.text).not.toContain('13912345678')
    expect(guard.text).not.toContain('110101199003071233')
  })

  it('should refuse printing a form whose step is not signed (409)', async () => {
    const fresh = await newResident('钱多多')
    for (const form of ['registration', 'inspection', 'key-handover', 'key-custody']) {
      expect((await print(fresh.id, form)).status).toBe(409)
    }
  })

  it('should hold the keys in custody in the register, then hand them over once repaired', async () => {
    const custody = await act(staff['cs-clerk'], owner.id, 'take-keys-into-custody', {
      keys: '入户门 3\n信箱 1',
      location: '钥匙柜 A-3',
      reason: '开发商整改窗框渗水',
    })
    expect(custody.status).toBe(200)
    const held = await payload.find({
      collection: slugs.keys,
      where: { resident: { equals: owner.id } },
      sort: 'id',
      depth: 0,
    })
    expect(held.docs.map((k) => [k.kind, k.count, k.status, k.location, k.origin])).toEqual([
      ['entrance', 3, 'in-office', '钥匙柜 A-3', 'custody'],
      ['mailbox', 1, 'in-office', '钥匙柜 A-3', 'custody'],
    ])
    expect((await reread(owner.id)).moveIn?.status).toBe('keys-in-custody')
    expect(
      (
        await act(staff['cs-clerk'], owner.id, 'issue-cards', {
          water: 'W-1',
          power: 'P-2',
          gas: 'G-3',
        })
      ).status,
    ).toBe(200)
    const custodyPdf = await pdfText((await print(owner.id, 'key-custody')).body)
    expect(custodyPdf.text).toContain('钥匙托管书')
    expect(custodyPdf.text).toContain('钥匙柜 A-3')
    expect(custodyPdf.text).toContain('入户门')

    // While a custody key is lent to the developer's workers, it cannot be handed over: 409.
    const log = await createShiftLog(
      payload,
      { post: 'gate-1', shiftDate: yesterday, shift: 'day' },
      { as: guardA },
    )
    const at = new Date(new Date(String(log.startsAt)).getTime() + 3_600_000)
    const lend = await tb.act(guardA, slugs.shiftLogs, log.id, 'add-entry', {
      kind: 'key',
      text: '开发商维修借用',
      name: '施工队 张师傅',
      registerKey: held.docs[0].id,
      keyMove: 'lend',
      at: at.toISOString(),
      dueBack: new Date(at.getTime() + 2 * 3_600_000).toISOString(),
    })
    expect(lend.status).toBe(200)
    const before = await reread(owner.id)
    const handover = { keys: '入户门 3\n信箱 1', recipient: '李建国', recipientSigned: 'yes' }
    const early = await act(staff['cs-clerk'], owner.id, 'hand-over-keys', handover)
    expect(early.status).toBe(409)
    expectUnchanged(before, await reread(owner.id))
    const back = await tb.act(guardA, slugs.shiftLogs, log.id, 'add-entry', {
      kind: 'key',
      text: '归还',
      registerKey: held.docs[0].id,
      keyMove: 'return',
      at: new Date(at.getTime() + 3_600_000).toISOString(),
    })
    expect(back.status).toBe(200)

    const done = await act(staff['cs-clerk'], owner.id, 'hand-over-keys', handover)
    expect(done.status).toBe(200)
    const after = await reread(owner.id)
    expect(after.moveIn?.status).toBe('completed')
    expect(after.moveIn?.keys).toMatchObject({
      arrangement: 'handed-over',
      recipient: '李建国',
      fromCustody: true,
    })
    const released = await payload.find({
      collection: slugs.keys,
      where: { resident: { equals: owner.id } },
      depth: 0,
    })
    expect(released.docs.every((k) => k.status === 'handed-over')).toBe(true)
    const handoverPdf = await pdfText((await print(owner.id, 'key-handover')).body)
    expect(handoverPdf.text).toContain('钥匙交接单')
    expect(handoverPdf.text).toContain('领取人签收')
    expect(handoverPdf.text).toContain('李建国')
  })
})

const current = currentShift('gate-1', new Date(), TZ)!
const yesterday = (() => {
  const d = new Date(`${current.shiftDate}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() - 1)
  return d.toISOString().slice(0, 10)
})()

const twoDaysAgo = (() => {
  const d = new Date(`${current.shiftDate}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() - 2)
  return d.toISOString().slice(0, 10)
})()

describe('the key register (钥匙登记) and the shift log', () => {
  let key: Key
  let log: ShiftLog
  let other: ShiftLog
  let third: ShiftLog
  const keyBody = {
    label: 'B-2-502-入户门',
    kind: 'entrance',
    count: 2,
    location: '钥匙柜 B-1',
    origin: 'spare',
  }

  beforeAll(async () => {
    const created = await rest.post<{ doc: Key }>('/keys', {
      token: await tokenOf(staff['cs-clerk']),
      body: keyBody,
    })
    expect(created.status).toBe(201)
    key = created.body.doc
    log = await createShiftLog(
      payload,
      { post: 'gate-1', shiftDate: yesterday, shift: 'evening' },
      { as: guardA },
    )
    third = await createShiftLog(
      payload,
      { post: 'gate-1', shiftDate: twoDaysAgo, shift: 'evening' },
      { as: guardA },
    )
    other = await createShiftLog(
      payload,
      { post: 'gate-1', shiftDate: yesterday, shift: 'night' },
      { as: guardB },
    )
  })

  const inShift = (l: ShiftLog, minutes = 60) =>
    new Date(new Date(String(l.startsAt)).getTime() + minutes * 60_000).toISOString()
  const addEntry = (as: StaffMember, l: ShiftLog, body: Record<string, unknown>) =>
    tb.act(as, slugs.shiftLogs, l.id, 'add-entry', { kind: 'key', text: '钥匙借还', ...body })
  const rereadKey = () => tb.reread(slugs.keys, key.id)

  it('should refuse a client setting who holds a key (403) and a guard editing the register', async () => {
    const before = await rereadKey()
    const forged = await rest.patch(`/keys/${key.id}`, {
      token: await tokenOf(staff['cs-clerk']),
      body: { status: 'lent', holder: '某人' },
    })
    expect(forged.status).toBe(403)
    const guard = await rest.patch(`/keys/${key.id}`, {
      token: await tokenOf(guardA),
      body: { location: '别处' },
    })
    expect(guard.status).toBe(403)
    expectUnchanged(before, await rereadKey())
  })

  it('should refuse returning a key not lent (409), a loan without a due time or borrower (400)', async () => {
    const before = await rereadKey()
    const logBefore = await tb.reread(slugs.shiftLogs, log.id)
    const back = await addEntry(guardA, log, {
      registerKey: key.id,
      keyMove: 'return',
      at: inShift(log),
    })
    expect(back.status).toBe(409)
    const noDue = await addEntry(guardA, log, {
      registerKey: key.id,
      keyMove: 'lend',
      name: '保洁 刘阿姨',
      at: inShift(log),
    })
    expect(noDue.status).toBe(400)
    expect(errorPaths(noDue.body as ErrorBody)).toEqual(['entries.0.dueBack'])
    const noName = await addEntry(guardA, log, {
      registerKey: key.id,
      keyMove: 'lend',
      at: inShift(log),
      dueBack: inShift(log, 120),
    })
    expect(noName.status).toBe(400)
    expect(errorPaths(noName.body as ErrorBody)).toEqual(['entries.0.name'])
    expectUnchanged(before, await rereadKey())
    expectUnchanged(logBefore, await tb.reread(slugs.shiftLogs, log.id))
  })

  it('should lend a key once: the holder set, a second loan refused (409)', async () => {
    const lent = await addEntry(guardA, log, {
      registerKey: key.id,
      keyMove: 'lend',
      name: '保洁 刘阿姨',
      at: inShift(log),
      dueBack: inShift(log, 90),
    })
    expect(lent.status).toBe(200)
    const held = await rereadKey()
    expect(held).toMatchObject({ status: 'lent', holder: '保洁 刘阿姨', lentInLog: log.id })
    const otherBefore = await tb.reread(slugs.shiftLogs, other.id)
    const twice = await addEntry(guardB, other, {
      registerKey: key.id,
      keyMove: 'lend',
      name: '维修 周师傅',
      at: inShift(other),
      dueBack: inShift(other, 120),
    })
    expect(twice.status).toBe(409)
    expectUnchanged(held, await rereadKey())
    expectUnchanged(otherBefore, await tb.reread(slugs.shiftLogs, other.id))
    // A lent key stays in the register.
    const del = await rest.delete(`/keys/${key.id}`, { token: await tokenOf(staff.director) })
    expect(del.status).toBe(409)
    expectUnchanged(held, await rereadKey())
  })

  it('should list a key lent past its due time at the handover', async () => {
    // The loan above was due back yesterday: overdue now.
    const logNow = await tb.reread(slugs.shiftLogs, log.id)
    const signed = await tb.act(guardA, slugs.shiftLogs, log.id, 'sign', {
      summary: '交班',
      equipment: (logNow.equipment ?? []).map((e) => ({ item: e.item, ok: true })),
    })
    expect(signed.status).toBe(200)
    const items = (await tb.reread(slugs.shiftLogs, log.id)).openItems ?? []
    const keyItems = items.filter((i) => i.kind === 'key')
    expect(keyItems).toHaveLength(1)
    expect(keyItems[0].ref).toBe('B-2-502-入户门')
    expect(keyItems[0].note).toContain('超期')
    expect(keyItems[0].note).toContain('保洁 刘阿姨')
  })

  it('should return the key through the next shift’s log, clearing the holder', async () => {
    const back = await addEntry(guardB, other, {
      registerKey: key.id,
      keyMove: 'return',
      at: inShift(other),
    })
    expect(back.status).toBe(200)
    expect(await rereadKey()).toMatchObject({ status: 'in-office', holder: null, dueBack: null })
    const entry = (await tb.reread(slugs.shiftLogs, other.id)).entries?.at(-1)
    expect(entry?.returnedAt).toBeTruthy()
  })

  it('should lend a key once when two shifts lend it at the same moment', async () => {
    const lends = async (l: ShiftLog) =>
      ((await tb.reread(slugs.shiftLogs, l.id)).entries ?? []).filter((e) => e.keyMove === 'lend')
    const before = (await lends(other)).length + (await lends(third)).length
    const [a, b] = await Promise.all([
      addEntry(guardB, other, {
        registerKey: key.id,
        keyMove: 'lend',
        name: '甲',
        at: inShift(other, 90),
        dueBack: inShift(other, 200),
      }),
      addEntry(guardA, third, {
        registerKey: key.id,
        keyMove: 'lend',
        name: '乙',
        at: inShift(third, 90),
        dueBack: inShift(third, 200),
      }),
    ])
    expect([a.status, b.status].sort()).toEqual([200, 409])
    const stored = await rereadKey()
    expect(stored.status).toBe('lent')
    const added = [...(await lends(other)), ...(await lends(third))]
    expect(added).toHaveLength(before + 1)
    expect(stored.holder).toBe(a.status === 200 ? '甲' : '乙')
  })
})
