/**
 * One factory per case type, written with the Local API: sensible defaults, any field overridable,
 * typed with the generated types. By default a factory writes as the server (access skipped);
 * `as` writes as a member of staff instead (access applies, hooks see the user, as over REST);
 * `serverWrite` lets a fixture set the fields only the server sets (status, numbers, dates).
 */
import type { Payload, RequestContext } from 'payload'

import { lexicalFromText } from '@/lib/lexical'
import { SERVER_WRITE } from '@/lib/serverWrite'
import type {
  ArchivedDocument,
  Complaint,
  PriceList,
  Resident,
  ReturnVisit,
  ShiftLog,
  Unit,
  User,
  Violation,
  WorkOrder,
} from '@/payload-types'
import { slugs } from '@/slugs'

import type { StaffMember } from './staff'

/** What a factory may be told: the fields of the document, none of them required. */
type Fields<T> = Partial<Omit<T, 'id' | 'createdAt' | 'updatedAt'>>

export type FactoryOptions = {
  /** Write as this member of staff, with access control, instead of as the server. */
  as?: StaffMember
  /** Let the write set the server-only fields (the `serverWrite` context flag). */
  serverWrite?: boolean
  context?: RequestContext
}

/** The Local API options that make a write run as `as` (or as the server), with its context. */
const writeAs = async (payload: Payload, options: FactoryOptions) => {
  const context: RequestContext = {
    ...options.context,
    ...(options.serverWrite ? { [SERVER_WRITE]: true } : {}),
  }
  if (!options.as) return { context }
  const user = await payload.findByID({ collection: slugs.users, id: options.as.id, depth: 0 })
  return { context, user: { ...user, collection: slugs.users }, overrideAccess: false }
}

/**
 * Rich text for a Lexical field. The app's builder types its paragraphs loosely; the generated
 * type wants each node's `type` and `version`, which it does write.
 */
export const richText = (text: string) => lexicalFromText(text) as Complaint['description']

const iso = (msFromNow: number) => new Date(Date.now() + msFromNow).toISOString()

export const createUnit = async (payload: Payload, fields: Fields<Unit> = {}): Promise<Unit> =>
  payload.create({
    collection: slugs.units,
    data: {
      estate: '测试花园',
      building: '1栋',
      floor: 1,
      number: '101',
      area: 88,
      use: 'residential',
      status: 'occupied',
      ...fields,
    },
  })

/** A resident living in `unit` (a new unit when none is given). */
export const createResident = async (
  payload: Payload,
  fields: Fields<Resident> = {},
): Promise<Resident> => {
  const kind = fields.kind ?? 'owner'
  const name = fields.name ?? '测试业主'
  return payload.create({
    collection: slugs.residents,
    data: {
      kind,
      status: 'active',
      name,
      units: fields.units ?? [(await createUnit(payload)).id],
      phone: '13800000000',
      companyName: kind === 'commercial-tenant' ? `${name}商行` : undefined,
      ...fields,
    },
  })
}

/** A member of staff beyond the one per role that createStaff makes. */
export const createStaffMember = async (
  payload: Payload,
  fields: Fields<User> & { email: string; password: string; roles: User['roles'] },
): Promise<StaffMember & { user: User }> => {
  const user = await payload.create({
    collection: slugs.users,
    data: { name: fields.email.split('@')[0], ...fields },
  })
  return { id: user.id, email: user.email, role: fields.roles[0], user }
}

/** The case's unit: the one given, or a new unit with its resident. */
const household = async (
  payload: Payload,
  fields: { unit?: number | Unit; resident?: number | Resident | null },
): Promise<{ unit: number | Unit; resident?: number | Resident | null }> => {
  if (fields.unit !== undefined) return { unit: fields.unit, resident: fields.resident }
  const resident = await createResident(payload)
  return { unit: resident.units[0], resident: resident.id }
}

/** A complaint registered by phone about renovation noise. */
export const createComplaint = async (
  payload: Payload,
  fields: Fields<Complaint> = {},
  options: FactoryOptions = {},
): Promise<Complaint> =>
  payload.create({
    collection: slugs.complaints,
    data: {
      kind: 'complaint',
      channel: 'phone',
      category: 'renovation-noise',
      description: richText('楼上装修噪音太大，晚上九点后仍在施工。'),
      ...(await household(payload, fields)),
      ...fields,
    },
    ...(await writeAs(payload, options)),
  })

/** A repair order for a leaking kitchen tap. */
export const createWorkOrder = async (
  payload: Payload,
  fields: Fields<WorkOrder> = {},
  options: FactoryOptions = {},
): Promise<WorkOrder> =>
  payload.create({
    collection: slugs.workOrders,
    data: {
      source: 'phone',
      category: 'plumbing',
      fault: '厨房水龙头漏水',
      location: '厨房',
      atHome: '工作日晚上 7 点后',
      ...(await household(payload, fields)),
      ...fields,
    },
    ...(await writeAs(payload, options)),
  })

/** A general civility case: boxes and old furniture hoarded on the stairs an hour ago. */
export const createViolation = async (
  payload: Payload,
  fields: Fields<Violation> = {},
  options: FactoryOptions = {},
): Promise<Violation> =>
  payload.create({
    collection: slugs.violations,
    data: {
      kind: 'civility',
      subKind: 'hoarding',
      severity: 'general',
      location: '楼道消防通道',
      occurredAt: iso(-3_600_000),
      description: '楼道内堆放纸箱及旧家具',
      ...(await household(payload, fields)),
      ...fields,
    },
    ...(await writeAs(payload, options)),
  })

/** A shift log of gate 1 (the current shift unless `shiftDate`/`shift` say otherwise). */
export const createShiftLog = async (
  payload: Payload,
  fields: Fields<ShiftLog> = {},
  options: FactoryOptions = {},
): Promise<ShiftLog> =>
  payload.create({
    collection: slugs.shiftLogs,
    data: { post: 'gate-1', ...fields },
    depth: 0,
    ...(await writeAs(payload, options)),
  })

/** A draft controlled document: an internal customer-service form. */
export const createDocument = async (
  payload: Payload,
  fields: Fields<ArchivedDocument> = {},
  options: FactoryOptions = {},
): Promise<ArchivedDocument> =>
  payload.create({
    collection: slugs.archivedDocuments,
    draft: true,
    data: {
      title: '测试表单',
      kind: 'form',
      department: 'customer-service',
      confidentiality: 'internal',
      content: richText('正文'),
      changeNote: '初版',
      ...fields,
    },
    ...(await writeAs(payload, options)),
  })

/** The return visit scheduled for a resolved complaint (the complaint's hook creates it). */
export const returnVisitOf = async (
  payload: Payload,
  complaint: number,
): Promise<ReturnVisit | undefined> =>
  (
    await payload.find({
      collection: slugs.returnVisits,
      where: { complaint: { equals: complaint } },
      depth: 0,
    })
  ).docs[0]

/** An item of the repair price list. */
export const createPriceItem = async (
  payload: Payload,
  fields: Fields<PriceList> = {},
): Promise<PriceList> =>
  payload.create({
    collection: slugs.priceList,
    data: { item: '更换门锁', unit: '把', price: 120, active: true, ...fields },
  })
