import type { Payload } from 'payload'
import { createLocalReq } from 'payload'

import { refreshClosedMonths } from '../src/lib/dashboard/monthFigures'
import { officeSettings } from '../src/lib/officeSettings'

import { slugs } from '../src/slugs'

import { seedOfficeCalendar } from './calendar'
import { seedComplaintCategories, seedComplaintQuarter } from './complaints'
import { seedCompanyMark, seedDocuments } from './documents'
import { seedMeetings } from './meetings'
import { seedSuggestions } from './suggestions'
import { seedMoveIn } from './moveIn'
import { seedViolations } from './violations'
import { seedShiftLogs } from './shiftLogs'
import { seedWorkerPasses } from './passes'
import { seedAlertChannels } from './alerts'
import { seedWorkOrderMonth } from './workOrders'
import type { ResidentPlan } from './data'
import { ESTATE, planResidents, planStaff, planUnits, unitKey } from './data'

export const DEFAULT_SEED_PASSWORD = 'wuye-demo-2026'

export type SeedReport = {
  users: number
  units: number
  residents: number
  complaints: number
  workOrders: number
  violations: number
  documents: number
  shiftLogs: number
}

const DEPARTMENT_OF: Record<string, string> = {
  director: 'management',
  'property-manager': 'management',
  'site-manager': 'customer-service',
  'site-captain': 'customer-service',
  'cs-clerk': 'customer-service',
  dispatcher: 'customer-service',
  engineer: 'engineering',
  'security-guard': 'security',
  'document-controller': 'documents',
  'general-manager': 'management',
  admin: 'admin-office',
}

/**
 * Creates whatever of the demo estate is missing, through the Local API with every hook. Returns
 * what it created: a second run returns zeros.
 */
export const seed = async (
  payload: Payload,
  password = process.env.SEED_PASSWORD || DEFAULT_SEED_PASSWORD,
): Promise<SeedReport> => {
  const report: SeedReport = {
    users: 0,
    units: 0,
    residents: 0,
    complaints: 0,
    workOrders: 0,
    violations: 0,
    documents: 0,
    shiftLogs: 0,
  }

  // Staff: one per role, `<role>@demo.local`.
  const existingUsers = await payload.find({
    collection: slugs.users,
    where: { email: { like: '@demo.local' } },
    pagination: false,
    depth: 0,
    select: { email: true },
  })
  const userIdByEmail = new Map(existingUsers.docs.map((u) => [u.email, u.id]))
  for (const member of planStaff()) {
    if (userIdByEmail.has(member.email)) continue
    const user = await payload.create({
      collection: slugs.users,
      data: {
        email: member.email,
        password,
        name: member.name,
        roles: [member.role],
        department: DEPARTMENT_OF[member.role] as never,
        dutyPost: member.dutyPost as never,
      },
    })
    userIdByEmail.set(member.email, user.id)
    report.users++
  }
  const clerkId = userIdByEmail.get('cs-clerk@demo.local')

  // Units, keyed by building and number.
  const units = planUnits()
  const existingUnits = await payload.find({
    collection: slugs.units,
    pagination: false,
    depth: 0,
    select: { building: true, number: true },
  })
  const unitIdByKey = new Map(existingUnits.docs.map((u) => [unitKey(u.building, u.number), u.id]))
  for (const unit of units) {
    const key = unitKey(unit.building, unit.number)
    if (unitIdByKey.has(key)) continue
    const created = await payload.create({
      collection: slugs.units,
      data: { ...unit, estate: ESTATE, status: 'vacant' },
    })
    unitIdByKey.set(key, created.id)
    report.units++
  }

  // Residents, keyed by archive number.
  const existingResidents = await payload.find({
    collection: slugs.residents,
    where: { archiveNo: { like: 'KH-' } },
    pagination: false,
    depth: 0,
    select: { archiveNo: true },
  })
  const known = new Set(existingResidents.docs.map((r) => r.archiveNo))
  const occupied = new Set<string | number>()
  for (const resident of planResidents(units)) {
    const unitId = unitIdByKey.get(resident.unitKey)
    if (unitId === undefined) continue
    occupied.add(unitId)
    if (known.has(resident.archiveNo)) continue
    await payload.create({
      collection: slugs.residents,
      data: residentData(resident, unitId, clerkId),
      // The move-in record is signed through its actions; the demo archive writes it as done.
      context: { serverWrite: true },
    })
    report.residents++
  }

  // Units with someone living or trading in them are occupied.
  if (report.residents > 0) {
    await payload.update({
      collection: slugs.units,
      where: { and: [{ id: { in: [...occupied] } }, { status: { equals: 'vacant' } }] },
      data: { status: 'occupied' },
    })
  }
  // A quarter of complaints and return visits, so the reports show meaningful numbers.
  const staffIds = Object.fromEntries(
    [...userIdByEmail].map(([email, id]) => [email.split('@')[0], id as number]),
  )
  // The company's mark on every print, and the rule book with its forms under document control
  // before anything is printed (the violations below issue notices).
  await seedCompanyMark(payload, staffIds)
  report.documents = await seedDocuments(payload, staffIds)
  await seedComplaintCategories(payload)
  // Working hours, 2026's holidays and 调休 days: the complaints' deadlines run on them.
  await seedOfficeCalendar(payload, staffIds.admin)
  report.complaints = await seedComplaintQuarter(payload, staffIds)
  // A month of repairs across three engineers.
  report.workOrders = await seedWorkOrderMonth(payload, staffIds, password)
  // Violations in every state, their decisions through the approval chain.
  report.violations = await seedViolations(payload, staffIds)
  // Three days of shift logs at gate 1 and the front desk, handed over between two guards.
  report.shiftLogs = await seedShiftLogs(payload, staffIds)
  // Last week's weekly meeting, held, its decisions followed; the next one planned.
  await seedMeetings(payload, staffIds)
  // Two households' suggestions: one adopted with its plan followed, one awaiting the director.
  await seedSuggestions(payload, staffIds)
  // Renovation workers' passes: one crew at work, one finished.
  await seedWorkerPasses(payload, staffIds)
  // A group robot to show the alert channels: switched off until the office puts in its own.
  await seedAlertChannels(payload)
  // The key register, and one owner mid-move-in with the keys held while the developer repairs.
  await seedMoveIn(payload, staffIds)
  // The dashboard trend's closed months, as the nightly job keeps them.
  const req = await createLocalReq({}, payload)
  await refreshClosedMonths(req, (await officeSettings(req)).timezone)
  return report
}

const residentData = (
  resident: ResidentPlan,
  unitId: number | string,
  clerkId: number | string | undefined,
) => {
  const date = '2024-03-15T00:00:00.000Z'
  const step = {
    done: resident.movedIn,
    date: resident.movedIn ? date : null,
    staff: clerkId as number,
  }
  return {
    archiveNo: resident.archiveNo,
    kind: resident.kind,
    status: 'active' as const,
    name: resident.name,
    companyName: resident.companyName,
    companyType: resident.companyType,
    units: [unitId as number],
    phone: resident.phone,
    email: resident.email,
    idType: 'mainland-id' as const,
    idNumber: resident.idNumber,
    emergencyContacts: resident.emergencyContact ? [resident.emergencyContact] : [],
    moveIn:
      resident.kind === 'owner'
        ? {
            registrationForm: step,
            serviceAgreement: step,
            handbook: step,
            fees: step,
            jointInspection: step,
            keys: { ...step, arrangement: 'handed-over' as const },
          }
        : undefined,
  }
}
