import type { CollectionBeforeChangeHook, PayloadRequest, Where } from 'payload'

import type { Complaint } from '@/payload-types'
import {
  SEVERITY_INPUTS,
  deriveSeverity,
  isCollective,
  severityAfterEdit,
} from '@/domain/complaints/severity'
import { rolesOf } from '@/domain/roles'
import type { Severity } from '@/domain/complaints/severity'
import { basisFor, hoursAfter } from '@/domain/calendar/deadlineRules'
import { complaintTimeliness, rearmedBreaches } from '@/domain/complaints/deadlines'
import { isSampledForVisit } from '@/domain/complaints/returnVisits'
import { HOUR } from '@/domain/time'
import { forbidden, invalidField } from '@/lib/errors'
import { householdKey } from '@/lib/households'
import { relationId } from '@/domain/relations'
import { findComplaintCategory } from '@/lib/complaintCategories'
import { lexicalToText } from '@/lib/lexical'
import { officeCalendar } from '@/lib/officeCalendar'
import type { Office } from '@/lib/officeSettings'
import { officeSettings } from '@/lib/officeSettings'
import { slugs } from '@/slugs'

type Data = Record<string, unknown>

const VISITED_KINDS = ['complaint', 'help']

/**
 * beforeChange: everything about a complaint that is derived rather than typed — the building,
 * severity (emergency category, collective complaint, or a manager's override), deadlines and
 * whether they were met, and whether its return visit is required. Its number is taken after the
 * insert, by `numberComplaint`.
 */
export const prepareComplaint: CollectionBeforeChangeHook<Complaint> = async ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  const merged: Data = { ...(originalDoc ?? {}), ...data }
  const office = await officeSettings(req)

  if (operation === 'create') {
    const serverWrite = req.context?.serverWrite === true
    const registeredAt =
      serverWrite && typeof data.registeredAt === 'string'
        ? data.registeredAt
        : new Date().toISOString()
    data.registeredAt = registeredAt
    data.registeredBy =
      serverWrite && data.registeredBy ? data.registeredBy : (req.user?.id ?? null)
    data.status = 'registered'
    // The number is taken last, by `numberComplaint` (afterChange): its counter row is locked
    // until the registration commits.
    data.number = null
    merged.registeredAt = registeredAt
  }

  // Checked when the contact is written (Payload hands the hook the whole document, so "written"
  // is "changed"): a record kept from before the rule (or imported) is not blocked from the
  // office's own bookkeeping (an escalation's mark, a state change).
  if (operation === 'create' || CONTACT_FIELDS.some((name) => changes(data, originalDoc, name))) {
    requireContact(merged)
  }

  // The building follows the unit: read when the unit is set or changed (on update Payload hands
  // the hook the whole document, so "in data" is not "changed"), or when none was stamped yet.
  const stampBuilding =
    operation === 'create' ||
    changes(data, originalDoc, 'unit') ||
    ('unit' in data && !(originalDoc as Data | undefined)?.building)
  if (stampBuilding) {
    const unitId = relationId(merged.unit)
    const unit = unitId
      ? await req.payload.findByID({ collection: slugs.units, id: unitId, depth: 0, req })
      : null
    data.building = unit?.building ?? null
    merged.building = data.building
  }

  if ('description' in data) data.descriptionText = lexicalToText(data.description).slice(0, 4000)

  const category = await findComplaintCategory(req, merged.category)
  if (operation === 'create' || changes(data, originalDoc, 'category')) {
    if (!category || category.retired) {
      throw invalidField(
        slugs.complaints,
        'category',
        category
          ? '该投诉类别已停用 / The category is retired'
          : '未知的投诉类别 / Not one of the office’s complaint categories',
      )
    }
  }

  // On update Payload hands the hook the whole document, so "in data" is not "changed": a
  // dispatch of a months-old complaint re-ran the collective check, made it major and linked
  // every later complaint of its building and category (495 updates in one request).
  const categoryOrUnitChanged =
    operation === 'create' ||
    changes(data, originalDoc, 'category') ||
    changes(data, originalDoc, 'unit')
  if (categoryOrUnitChanged && merged.kind === 'complaint' && !merged.incident) {
    const incident = await findCollectiveIncident(req, merged, category?.name.zh, office)
    if (incident) {
      data.incident = incident
      merged.incident = incident
    }
  }

  const derived = deriveSeverity({
    category: String(merged.category ?? ''),
    collective: Boolean(relationId(merged.incident)),
    emergency: category?.emergency ?? false,
  })
  const override = (merged.severityOverride as Severity | null | undefined) ?? null
  if (operation === 'create' || req.context?.serverWrite === true || !req.user) {
    data.severity = override ?? derived.severity
    data.severitySource = override ? 'manual' : derived.source
  } else {
    const edit = severityAfterEdit({
      before: (originalDoc?.severity ?? 'general') as Severity,
      derived,
      override,
      changedInputs: SEVERITY_INPUTS.filter((name) => changes(data, originalDoc, name)),
      reason: changes(data, originalDoc, 'severityReason')
        ? String(data.severityReason ?? '')
        : null,
      actorRoles: rolesOf(req.user),
    })
    if (!edit.ok) {
      throw edit.status === 403
        ? forbidden(`${edit.message} (${edit.field})`)
        : invalidField(slugs.complaints, edit.field, edit.message)
    }
    data.severity = edit.severity
    data.severitySource = edit.source
    data.severityOverride = edit.override
  }
  merged.severity = data.severity

  const calendar = await officeCalendar(req, office.timezone)
  const emergency = category?.emergency ?? false
  const slipHours = merged.handlingDeadlineHours
  if ('handlingDeadlineHours' in data && typeof slipHours === 'number' && slipHours > 0) {
    // 限期 given as hours allowed: counted from the dispatch on the office calendar.
    const from = new Date(String(merged.dispatchedAt ?? new Date().toISOString()))
    data.handlingDeadline = hoursAfter(
      from,
      slipHours,
      basisFor(calendar, 'handling-slip', emergency),
      calendar,
    ).toISOString()
    merged.handlingDeadline = data.handlingDeadline
  }

  const timeliness = complaintTimeliness(
    {
      registeredAt: String(merged.registeredAt),
      verifiedAt: merged.verifiedAt as string | null,
      resolvedAt: merged.resolvedAt as string | null,
      replyPromisedAt: merged.replyPromisedAt as string | null,
      handlingDeadline: merged.handlingDeadline as string | null,
      severity: data.severity as Severity,
      emergency,
    },
    office.timezone,
    office.resolutionTargetHours,
    // Working hours, holidays and 调休 days, and which deadlines run on them (the office calendar).
    calendar,
  )
  Object.assign(data, timeliness)
  const rearmed = rearmedBreaches(
    merged.breachesNotified as string[] | null,
    originalDoc?.resolveDueAt,
    timeliness.resolveDueAt,
  )
  if (rearmed) data.breachesNotified = rearmed

  if (data.status === 'resolved' && originalDoc?.status !== 'resolved') {
    // Complaints and help requests are visited; an answered enquiry or a suggestion is not.
    data.returnVisitRequired =
      VISITED_KINDS.includes(String(merged.kind)) &&
      isSampledForVisit(String(merged.number), office.complaintVisitRate)
  }
  return data
}

/** Whether this edit writes a new value to a field (relationships compared by id). */
const changes = (data: Data, originalDoc: object | undefined, name: string) =>
  name in data &&
  String(relationId(data[name]) ?? '') !==
    String(relationId((originalDoc as Data | undefined)?.[name]) ?? '')

const CONTACT_FIELDS = ['resident', 'visitorName', 'visitorPhone'] as const

/** A complaint comes from a resident on file, or from a visitor who leaves a name and phone. */
const requireContact = (complaint: Data) => {
  if (relationId(complaint.resident)) return
  if (!String(complaint.visitorName ?? '').trim()) {
    throw invalidField(
      slugs.complaints,
      'visitorName',
      '非住户来访须登记姓名 / A visitor who is not a resident must leave a name',
    )
  }
  if (!String(complaint.visitorPhone ?? '').trim()) {
    throw invalidField(
      slugs.complaints,
      'visitorPhone',
      '非住户来访须登记联系电话 / A visitor who is not a resident must leave a phone number',
    )
  }
}

/**
 * 集体投诉: the same category in the same building from enough distinct households within the
 * window. Returns the incident to link (an existing one, or a new one), or null.
 *
 * An incident already linked within the window is this one's: it was opened when enough
 * households complained, and each later complaint of its building and category joins it. Asked
 * first, for one row: during a real outage the window fills with complaints of one building and
 * category (a hundred or more), and reading them all at every registration cost 19 ms each, a
 * registration's largest single part. Only while there is none are the window's complaints read
 * (at most 200) and their households counted.
 */
const findCollectiveIncident = async (
  req: PayloadRequest,
  complaint: Data,
  categoryName: string | undefined,
  office: Office,
): Promise<number | null> => {
  const category = complaint.category
  if (typeof category !== 'string' || !categoryName || !complaint.building) return null
  const at = new Date(String(complaint.registeredAt))
  const since = new Date(at.getTime() - office.collectiveWindowHours * HOUR).toISOString()
  const inWindow: Where[] = [
    { building: { equals: complaint.building } },
    { category: { equals: category } },
    { kind: { equals: 'complaint' } },
    { registeredAt: { greater_than_equal: since } },
    { registeredAt: { less_than_equal: at.toISOString() } },
    ...(complaint.id ? [{ id: { not_equals: complaint.id } }] : []),
  ]
  const linked = await req.payload.find({
    collection: slugs.complaints,
    where: { and: [...inWindow, { incident: { exists: true } }] },
    depth: 0,
    limit: 1,
    pagination: false,
    select: { incident: true },
    req,
  })
  const existing = relationId(linked.docs[0]?.incident)
  if (existing) return Number(existing)
  const recent = await req.payload.find({
    collection: slugs.complaints,
    where: { and: inWindow },
    depth: 0,
    limit: 200,
    pagination: false,
    select: { resident: true, unit: true, registeredAt: true },
    req,
  })
  const households = [...recent.docs.map(householdKey), householdKey(complaint)]
  if (!isCollective(households, office.collectiveThreshold)) return null
  const incident = await req.payload.create({
    collection: slugs.incidents,
    data: {
      title: `${complaint.building} ${categoryName} 集体投诉`,
      building: String(complaint.building),
      category,
      firstRegisteredAt: [
        ...recent.docs.map((d) => String(d.registeredAt)),
        at.toISOString(),
      ].sort()[0],
    },
    req,
  })
  return incident.id
}
