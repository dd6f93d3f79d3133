import type { Payload } from 'payload'

import { IMPORTING_HISTORY, SERVER_WRITE } from '../src/lib/serverWrite'
import { slugs } from '../src/slugs'

import { prng } from './data'

const PRICE_LIST = [
  { item: '更换门锁', unit: '把', price: 120 },
  { item: '更换水龙头', unit: '个', price: 45 },
  { item: '疏通下水道', unit: '次', price: 80 },
  { item: '更换灯具', unit: '套', price: 35 },
  { item: '更换开关插座', unit: '个', price: 25 },
  { item: '维修马桶水箱', unit: '次', price: 60 },
  { item: '更换门铰链', unit: '副', price: 30 },
  { item: '空调清洗', unit: '台', price: 90 },
]

const FAULTS: Array<[string, string, string]> = [
  ['plumbing', '厨房水龙头漏水', '厨房'],
  ['plumbing', '卫生间下水道堵塞', '卫生间'],
  ['plumbing', '马桶水箱不停流水', '卫生间'],
  ['electrical', '客厅灯不亮', '客厅'],
  ['electrical', '插座跳闸', '厨房'],
  ['doors-windows', '入户门锁损坏', '入户门'],
  ['doors-windows', '窗户关不严', '卧室'],
  ['walls-floors', '墙面渗水发霉', '卧室'],
  ['appliances', '空调不制冷', '客厅'],
  ['other', '晾衣架卡住', '阳台'],
]

const MINUTE = 60_000
const context = { [SERVER_WRITE]: true, [IMPORTING_HISTORY]: true }

/**
 * The price list, two more engineers, and the last 30 days of repairs: dispatched, on site,
 * finished and signed, a few late and a few unfinished. Skipped when work orders already exist.
 */
export const seedWorkOrderMonth = async (
  payload: Payload,
  staffIds: Record<string, number>,
  password: string,
) => {
  const existingItems = await payload.find({
    collection: slugs.priceList,
    pagination: false,
    depth: 0,
  })
  const items = [...existingItems.docs]
  for (const entry of PRICE_LIST) {
    if (items.some((i) => i.item === entry.item)) continue
    items.push(
      await payload.create({
        collection: slugs.priceList,
        data: { ...entry, active: true, effectiveDate: '2026-01-01T00:00:00.000Z' },
      }),
    )
  }
  const engineers = [staffIds.engineer]
  for (const [email, name] of [
    ['engineer2@demo.local', '王师傅（演示）'],
    ['engineer3@demo.local', '李师傅（演示）'],
  ]) {
    const found = await payload.find({
      collection: slugs.users,
      where: { email: { equals: email } },
      limit: 1,
      depth: 0,
    })
    const user =
      found.docs[0] ??
      (await payload.create({
        collection: slugs.users,
        data: { email, name, password, roles: ['engineer'], department: 'engineering' },
      }))
    engineers.push(user.id)
  }
  if ((await payload.count({ collection: slugs.workOrders })).totalDocs > 0) return 0

  const random = prng(3030)
  const residents = await payload.find({
    collection: slugs.residents,
    pagination: false,
    depth: 0,
    select: { units: true },
    sort: 'archiveNo',
  })
  const today = new Date()
  today.setUTCHours(0, 30, 0, 0)
  let created = 0
  for (let daysAgo = 30; daysAgo >= 1; daysAgo--) {
    const count = 3 + Math.floor(random() * 5)
    for (let i = 0; i < count; i++) {
      const resident = residents.docs[Math.floor(random() * residents.docs.length)]
      const [category, fault, location] = FAULTS[Math.floor(random() * FAULTS.length)]
      const registered = new Date(
        today.getTime() - daysAgo * 86_400_000 + Math.floor(random() * 10 * 60) * MINUTE,
      )
      const paid = random() < 0.3
      const item = items[Math.floor(random() * items.length)]
      const order = await payload.create({
        collection: slugs.workOrders,
        data: {
          source: random() < 0.7 ? 'phone' : 'visit',
          category: category as never,
          unit: (resident.units as number[])[0],
          resident: resident.id,
          fault,
          location,
          atHome: '全天在家',
          paid,
          lines: paid ? [{ item: item.id, quantity: 1 }] : [],
          paymentReceived: paid,
          receiptNo: paid ? `SJ-${String(created + 1).padStart(5, '0')}` : undefined,
          registeredAt: registered.toISOString(),
          registeredBy: staffIds['cs-clerk'],
        } as never,
        context,
      })
      const at = (minutes: number) =>
        new Date(registered.getTime() + minutes * MINUTE).toISOString()
      const update = (data: Record<string, unknown>) =>
        payload.update({ collection: slugs.workOrders, id: order.id, data, context })
      const dispatchAfter =
        random() < 0.1 ? 25 + Math.floor(random() * 30) : 1 + Math.floor(random() * 4)
      const arriveAfter =
        dispatchAfter +
        (random() < 0.15 ? 35 + Math.floor(random() * 40) : 8 + Math.floor(random() * 20))
      const engineer = engineers[Math.floor(random() * engineers.length)]
      await update({
        status: 'dispatched',
        engineer,
        dispatchedAt: at(dispatchAfter),
        dispatchedBy: staffIds.dispatcher,
      })
      await update({ status: 'on-site', arrivedAt: at(arriveAfter) })
      if (random() < 0.1) {
        await update({
          status: 'pending-revisit',
          unfinishedReason: '需订购配件',
          madeSafe: '已临时处理，关闭阀门',
          nextAppointment: new Date(registered.getTime() + 3 * 86_400_000).toISOString(),
          informedCustomerServiceAt: at(arriveAfter + 60),
        })
      } else {
        const finished = at(arriveAfter + 30 + Math.floor(random() * 120))
        await update({
          status: 'completed',
          finishedAt: finished,
          result: '已修复，住户试用正常',
          residentSignoffName: '住户本人',
          residentSignoffAt: finished,
          materials: [{ source: 'company', name: '生料带', quantity: 1, unitCost: 3 }],
        })
      }
      created++
    }
  }
  return created
}
