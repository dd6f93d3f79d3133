/**
 * The demo estate (翠湖花园): deterministic, so every run plans exactly the same units, residents
 * and staff, and a second run finds everything already there.
 */
import type { Role } from '../src/domain/roles'
import { ROLES, ROLE_LABELS } from '../src/domain/roles'

export const ESTATE = '翠湖花园'

export type UnitPlan = {
  building: string
  floor: number
  number: string
  area: number
  use: 'residential' | 'commercial' | 'office'
}

export type ResidentPlan = {
  archiveNo: string
  kind: 'owner' | 'tenant' | 'commercial-tenant'
  name: string
  companyName?: string
  companyType?: 'retail' | 'catering' | 'services' | 'office' | 'other'
  unitKey: string
  phone: string
  email?: string
  idNumber: string
  emergencyContact?: { name: string; relation: string; phone: string }
  movedIn: boolean
}

/** A small linear congruential generator: the same sequence on every machine. */
export const prng = (seed: number) => {
  let state = seed >>> 0
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0
    return state / 2 ** 32
  }
}

export const unitKey = (building: string, number: string) => `${building}-${number}`

/** 3 residential towers (20 floors × 4), a shopping street (30 shops), an office block (10 × 3). */
export const planUnits = (): UnitPlan[] => {
  const units: UnitPlan[] = []
  const areas = [89.5, 102.3, 126.8, 143.6]
  for (const building of ['1栋', '2栋', '3栋']) {
    for (let floor = 1; floor <= 20; floor++) {
      for (let n = 1; n <= 4; n++) {
        units.push({
          building,
          floor,
          number: `${floor}${String(n).padStart(2, '0')}`,
          area: areas[n - 1],
          use: 'residential',
        })
      }
    }
  }
  for (let n = 1; n <= 30; n++) {
    units.push({
      building: '商业街',
      floor: 1 + Math.floor((n - 1) / 15),
      number: `S${String(n).padStart(3, '0')}`,
      area: 40 + ((n * 7) % 60),
      use: 'commercial',
    })
  }
  for (let floor = 1; floor <= 10; floor++) {
    for (let n = 1; n <= 3; n++) {
      units.push({
        building: '写字楼A座',
        floor,
        number: `${floor}${String(n).padStart(2, '0')}`,
        area: 180 + n * 45,
        use: 'office',
      })
    }
  }
  return units
}

const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'
const GIVEN =
  '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国建华志强海燕丹玉兰红梅晓东晓明文博子涵欣怡浩然雨轩梓萱宇航思远佳怡俊杰嘉怡明轩一诺'
const COMPANIES: Array<[string, ResidentPlan['companyType']]> = [
  ['好邻居便利店', 'retail'],
  ['湘味小馆', 'catering'],
  ['悦美美容美发', 'services'],
  ['康宁大药房', 'retail'],
  ['麦香面包坊', 'catering'],
  ['快洁干洗店', 'services'],
  ['鲜丰水果', 'retail'],
  ['书香文具', 'retail'],
  ['川渝火锅', 'catering'],
  ['瑞安口腔诊所', 'services'],
  ['鼎信财务咨询有限公司', 'office'],
  ['华拓科技有限公司', 'office'],
  ['启明教育培训中心', 'services'],
  ['恒通律师事务所', 'office'],
  ['宏远建筑设计院', 'office'],
]

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]

/** A syntactically valid resident ID number (GB 11643 checksum) for made-up people. */
export const makeIdNumber = (random: () => number): string => {
  const area = '440305'
  const year = 1950 + Math.floor(random() * 50)
  const month = String(1 + Math.floor(random() * 12)).padStart(2, '0')
  const day = String(1 + Math.floor(random() * 28)).padStart(2, '0')
  const seq = String(Math.floor(random() * 1000)).padStart(3, '0')
  const body = `${area}${year}${month}${day}${seq}`
  const sum = ID_WEIGHTS.reduce((acc, w, i) => acc + w * Number(body[i]), 0)
  return body + '10X98765432'[sum % 11]
}

const makeName = (random: () => number): string => {
  const surname = SURNAMES[Math.floor(random() * SURNAMES.length)]
  const length = random() < 0.6 ? 2 : 1
  let given = ''
  for (let i = 0; i < length; i++) given += GIVEN[Math.floor(random() * GIVEN.length)]
  return surname + given
}

const makePhone = (random: () => number): string => {
  const prefixes = ['138', '139', '137', '136', '135', '150', '151', '158', '186', '189']
  const prefix = prefixes[Math.floor(random() * prefixes.length)]
  return prefix + String(Math.floor(random() * 1e8)).padStart(8, '0')
}

/**
 * 400 residents: an owner for most flats, tenants in some, a commercial tenant in each shop and
 * most offices.
 */
export const planResidents = (units: UnitPlan[]): ResidentPlan[] => {
  const random = prng(20261122)
  const residents: ResidentPlan[] = []
  const add = (plan: Omit<ResidentPlan, 'archiveNo'>) =>
    residents.push({ ...plan, archiveNo: `KH-${String(residents.length + 1).padStart(5, '0')}` })
  const person = (kind: ResidentPlan['kind'], unit: UnitPlan) => {
    const name = makeName(random)
    return {
      kind,
      name,
      unitKey: unitKey(unit.building, unit.number),
      phone: makePhone(random),
      email: random() < 0.4 ? `resident${residents.length + 1}@example.cn` : undefined,
      idNumber: makeIdNumber(random),
      emergencyContact:
        random() < 0.7
          ? {
              name: makeName(random),
              relation: random() < 0.5 ? '配偶' : '子女',
              phone: makePhone(random),
            }
          : undefined,
      movedIn: random() < 0.9,
    }
  }
  const flats = units.filter((u) => u.use === 'residential')
  const shopsAndOffices = units.filter((u) => u.use !== 'residential')
  flats.slice(0, 228).forEach((unit) => add(person('owner', unit)))
  shopsAndOffices.slice(0, 52).forEach((unit, i) => {
    const [companyName, companyType] = COMPANIES[i % COMPANIES.length]
    add({
      ...person('commercial-tenant', unit),
      companyName:
        i < COMPANIES.length
          ? companyName
          : `${companyName}（${Math.floor(i / COMPANIES.length) + 1}号店）`,
      companyType,
    })
  })
  for (let i = 0; residents.length < 400; i++) {
    add(person('tenant', flats[(i * 7) % flats.length]))
  }
  return residents
}

export const DEMO_DOMAIN = 'demo.local'

export const planStaff = (): Array<{
  email: string
  name: string
  role: Role
  dutyPost?: string
}> => [
  ...ROLES.map((role) => ({
    email: `${role}@${DEMO_DOMAIN}`,
    name: `${ROLE_LABELS[role].zh.split(' / ')[0]}（演示）`,
    role,
    dutyPost: role === 'security-guard' ? 'gate-1' : undefined,
  })),
  // A second guard at gate 1, to take over the first one's shift.
  {
    email: `security-guard-2@${DEMO_DOMAIN}`,
    name: '秩序维护员乙（演示）',
    role: 'security-guard',
    dutyPost: 'gate-1',
  },
]
