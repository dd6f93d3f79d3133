import type {
  CollectionBeforeChangeHook,
  CollectionBeforeOperationHook,
  CollectionConfig,
  Field,
  NumberField,
  PayloadRequest,
} from 'payload'

import { collections } from '@/collections'
import { money, moneyValidation } from '@/fields/money'
import { isServerSet, serverFieldsOf, serverSet } from '@/fields/serverOnly'
import { signOff } from '@/fields/signOff'
import { label } from '@/i18n/label'
import { slugs } from '@/slugs'

/**
 * The server-only lists as each collection wrote them by hand before they were derived from
 * `serverSet`: a field dropped or added by the derivation shows here.
 */
const EXPECTED: Record<string, string[]> = {
  [slugs.complaints]: [
    'number',
    'status',
    'registeredAt',
    'registeredBy',
    'building',
    'severity',
    'severitySource',
    'severityOverride',
    'incident',
    'verifyDueAt',
    'resolveDueAt',
    'verifiedAt',
    'verifiedBy',
    'verifiedOnTime',
    'department',
    'handler',
    'handlingDeadline',
    'handlingDeadlineHours',
    'dispatchedAt',
    'dispatchedBy',
    'result',
    'writtenReply',
    // The resolver's verdict (有效投诉), written by the resolve action.
    'verdict',
    'verdictNote',
    'resolvedAt',
    'resolvedBy',
    'resolvedWithin24h',
    'resolvedOnTime',
    'minutesToResolve',
    // 五清楚 and the office head's decision (`loopFields.ts`).
    'repliedAt',
    'repliedBy',
    'replyMethod',
    'replySummary',
    'nextReplyAt',
    'confirmedAt',
    'confirmedBy',
    'confirmationMethod',
    'confirmationNote',
    'referredAt',
    'referredBy',
    'referredTo',
    'referralReason',
    'officeHeadDecision',
    'decidedAt',
    'decidedBy',
    // 检讨 of a serious complaint (`reviewFields.ts`), written by the review action.
    'reviewStatus',
    'reviewedAt',
    'reviewedBy',
    'reviewResponsible',
    'reviewDeadline',
    'reviewCause',
    'reviewMeasures',
    'returnVisitRequired',
    'closedAt',
    'closedBy',
    // A noise complaint on a unit under renovation: the renovation, stamped by the server.
    'renovation',
    'closedWithoutVisit',
    'breachesNotified',
    'reopenCount',
  ],
  [slugs.workOrders]: [
    'number',
    'status',
    'registeredAt',
    'registeredBy',
    'commercial',
    'quoteAcceptedBy',
    'quoteAcceptedAt',
    'quoteTotal',
    'engineer',
    'dispatchedAt',
    'dispatchedBy',
    'receivedBy',
    'receivedAt',
    'arrivedAt',
    'finishedAt',
    'dispatchDueAt',
    'receiptDueAt',
    'arrivalDueAt',
    'dispatchMet',
    'arrivalMet',
    'receiptMet',
    'minutesToDispatch',
    'minutesToArrive',
    'total',
    'materialsCost',
    'result',
    'residentSignoffName',
    'residentSignoffAt',
    'noSignoffReason',
    'unfinishedReason',
    'madeSafe',
    'nextAppointment',
    'unfinishedAt',
    'unfinishedSignoffName',
    'unfinishedNoSignoffReason',
    'informedCustomerServiceAt',
    'returnedToServiceBy',
    'returnVisitRequired',
    'breachesNotified',
  ],
  [slugs.shiftLogs]: [
    'key',
    'status',
    'startsAt',
    'endsAt',
    'onDuty',
    'openItems',
    'signedBy',
    'signedAt',
    'incoming',
    'acceptedAt',
    'refusedBy',
    'refusedAt',
    'refusalReason',
    'reviewedBy',
    'reviewedAt',
    'reviewNote',
    // Posts as data and the shift leader's countersignature (the handbook's shift log).
    'postKind',
    'countersignedBy',
    'countersignedAt',
    'countersignNote',
  ],
  [slugs.violations]: [
    'number',
    'recordedBy',
    'status',
    'responsibleRole',
    'measures',
    'nextMeasure',
    'approval',
    'effective',
    'amountDue',
    'payments',
    'outstanding',
    'rectificationDueAt',
    'rectificationOverdue',
    'overdueNotifiedFor',
    'resolution',
    'resolvedAt',
    // The shift log a guard's violation entry opened it from.
    'shiftLog',
  ],
  [slugs.archivedDocuments]: [
    'number',
    'versionLabel',
    'effectiveVersion',
    'status',
    'effectiveFrom',
    'retentionUntil',
    'obsoleteReason',
    'destroyedAt',
    'approval',
    'owner',
  ],
  [slugs.complaintReports]: [
    'figures',
    'status',
    'approvedBy',
    'approvedAt',
    'title',
    'approval',
    'headCommentsBy',
    'headCommentsAt',
  ],
  [slugs.documentLoans]: [
    'number',
    'requester',
    'needsApproval',
    'status',
    'lentAt',
    'lentBy',
    'returnedAt',
    'returnedTo',
    'overdue',
    'overdueNotified',
    'approval',
  ],
  [slugs.visitPlans]: ['madeBy'],
  [slugs.returnVisits]: [
    'status',
    'recordedAt',
    'recordedBy',
    'unreachable',
    'unreachableReason',
    'household',
    'appointmentAt',
    'appointmentNote',
    'plan',
    'escalatedAt',
    'followUps',
  ],
  [slugs.documentDestructions]: [
    'documentNumber',
    'title',
    'versionLabel',
    'status',
    'approvedBy',
    'destroyedAt',
    'approval',
  ],
}

type AnyField = Field & {
  name?: string
  admin?: { readOnly?: boolean }
  fields?: Field[]
  tabs?: Array<{ name?: string; fields: Field[] }>
  blocks?: Array<{ fields: Field[] }>
}

/** Every field at any depth, with its path. */
const everyField = (fields: readonly Field[], prefix = ''): Array<[string, AnyField]> =>
  (fields as AnyField[]).flatMap((field) => {
    const path = field.name ? `${prefix}${field.name}` : prefix
    const inner = field.name ? `${path}.` : prefix
    const own: Array<[string, AnyField]> = field.name ? [[path, field]] : []
    const nested = [
      ...(field.fields ? everyField(field.fields, inner) : []),
      ...(field.tabs ?? []).flatMap((tab) =>
        everyField(tab.fields, tab.name ? `${inner}${tab.name}.` : inner),
      ),
      ...(field.blocks ?? []).flatMap((block) => everyField(block.fields, inner)),
    ]
    return [...own, ...nested]
  })

/** The names a document holds at its top level (rows, collapsibles and unnamed tabs looked into). */
const topLevel = (fields: readonly Field[]): AnyField[] =>
  (fields as AnyField[]).flatMap((field): AnyField[] => {
    if (field.name) return [field]
    if (field.tabs) {
      return field.tabs.flatMap((tab) =>
        tab.name ? [tab as unknown as AnyField] : topLevel(tab.fields),
      )
    }
    return field.fields ? topLevel(field.fields) : []
  })

const hookNamed = <H extends { name: string }>(hooks: readonly H[] | undefined, name: string) =>
  hooks?.find((hook) => hook.name === name)

const req = { context: {}, user: null, locale: undefined } as unknown as PayloadRequest

/** The fields a hook refuses when a client's create carries a value in every top-level field. */
const refusedBy = async (run: () => unknown): Promise<string[]> => {
  try {
    await run()
    return []
  } catch (error) {
    const message = (error as Error).message
    return message.slice(message.lastIndexOf(': ') + 2).split(', ')
  }
}

const attemptEverything = (collection: CollectionConfig) =>
  Object.fromEntries(topLevel(collection.fields).map((f) => [f.name, 'a value from a client']))

const byCollection = collections.map((c) => [c.slug, c] as const)

describe('signOff', () => {
  it('should give the relationship to users and the date, both set by the server', () => {
    const [by, at] = signOff('dispatched', label('派单', 'Dispatched'))
    expect(by).toMatchObject({
      name: 'dispatchedBy',
      type: 'relationship',
      relationTo: slugs.users,
      label: { zh: '派单人', en: 'Dispatched by' },
      admin: { readOnly: true },
      custom: { serverOnly: true },
    })
    expect(at).toMatchObject({
      name: 'dispatchedAt',
      type: 'date',
      label: { zh: '派单时间', en: 'Dispatched at' },
      admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
      custom: { serverOnly: true },
    })
    expect(serverFieldsOf(signOff('dispatched', label('派单', 'Dispatched')))).toEqual([
      'dispatchedBy',
      'dispatchedAt',
    ])
  })

  it('should put the time first and take labels and an index when asked', () => {
    const [at, by] = signOff('resolved', label('处理完成', 'Resolved'), {
      order: 'at-by',
      at: { index: true },
      by: { label: label('部门负责人签认', 'Signed off by') },
    })
    expect(at).toMatchObject({ name: 'resolvedAt', index: true, admin: { readOnly: true } })
    expect(by).toMatchObject({
      name: 'resolvedBy',
      label: { zh: '部门负责人签认', en: 'Signed off by' },
      admin: { readOnly: true },
    })
  })
})

describe('money', () => {
  const validate = (field: NumberField, value: number | null | undefined) =>
    moneyValidation(value, {
      ...field,
      req: { t: (key: string) => key },
    } as unknown as Parameters<typeof moneyValidation>[1])

  it('should be a number of yuan, never negative, labelled with its unit', () => {
    const field = money('total', label('合计', 'Total'))
    expect(field).toMatchObject({
      name: 'total',
      type: 'number',
      min: 0,
      label: { zh: '合计 (元)', en: 'Total (CNY)' },
      admin: { step: 0.01, description: { zh: expect.any(String), en: expect.any(String) } },
    })
    expect(isServerSet(field)).toBe(false)
    expect(field.admin?.readOnly).toBeUndefined()
  })

  it('should accept whole fen and refuse a negative amount or a fraction of a fen', () => {
    const field = money('amount', label('金额', 'Amount'))
    expect(validate(field, 45.5)).toBe(true)
    expect(validate(field, 0.07)).toBe(true)
    expect(validate(field, 1234.56)).toBe(true)
    expect(validate(field, 0)).toBe(true)
    expect(validate(field, null)).toBe(true)
    expect(validate(field, -1)).not.toBe(true)
    expect(validate(field, 10.005)).not.toBe(true)
  })

  it('should still require an amount when the field is required', () => {
    const field = money('amount', label('金额', 'Amount'), { overrides: { required: true } })
    expect(validate(field, null)).not.toBe(true)
  })

  it('should be set by the server when asked, read-only in the admin', () => {
    const field = money('amountDue', label('应收合计', 'Due in total'), {
      serverOnly: true,
      overrides: { defaultValue: 0 },
    })
    expect(isServerSet(field)).toBe(true)
    expect(field.admin).toMatchObject({ readOnly: true, step: 0.01 })
    expect(field.defaultValue).toBe(0)
  })
})

describe('serverFieldsOf', () => {
  it('should find marked fields in rows, collapsibles and unnamed tabs, but not inside groups or arrays', () => {
    const fields: Field[] = [
      serverSet({ name: 'status', type: 'text' }),
      { name: 'title', type: 'text', admin: { readOnly: true } },
      { type: 'row', fields: [serverSet({ name: 'inRow', type: 'text' })] },
      {
        type: 'collapsible',
        label: 'c',
        fields: [serverSet({ name: 'inCollapsible', type: 'text' })],
      },
      {
        type: 'tabs',
        tabs: [
          { label: 't', fields: [serverSet({ name: 'inTab', type: 'text' })] },
          { name: 'namedTab', fields: [serverSet({ name: 'deep', type: 'text' })] },
        ],
      },
      { name: 'group', type: 'group', fields: [serverSet({ name: 'inGroup', type: 'text' })] },
      serverSet({ name: 'list', type: 'array', fields: [{ name: 'x', type: 'text' }] }),
    ]
    expect(serverFieldsOf(fields)).toEqual(['status', 'inRow', 'inCollapsible', 'inTab', 'list'])
  })
})

describe('every collection declares its server-only fields once', () => {
  it.each(byCollection)('%s: every field set by the server is read-only in the admin', (_s, c) => {
    const unmarked = everyField(c.fields)
      .filter(([, field]) => isServerSet(field) && field.admin?.readOnly !== true)
      .map(([path]) => path)
    expect(unmarked).toEqual([])
  })

  it.each(byCollection)(
    '%s: protectServerFields refuses exactly the declared fields',
    async (_s, c) => {
      const declared = serverFieldsOf(c.fields)
      const protect = hookNamed(
        c.hooks?.beforeOperation as CollectionBeforeOperationHook[] | undefined,
        'protectServerFieldsHook',
      )
      const recheck = hookNamed(
        c.hooks?.beforeChange as CollectionBeforeChangeHook[] | undefined,
        'recheckServerFieldsHook',
      )
      if (!protect || !recheck) {
        // Nothing enforces a mark here, so there must be none.
        expect(declared).toEqual([])
        expect(protect).toBe(recheck)
        return
      }
      const data = attemptEverything(c)
      const refusedOnOperation = await refusedBy(() =>
        protect({
          args: { data },
          collection: c,
          context: {},
          operation: 'create',
          overrideAccess: false,
          req,
        } as unknown as Parameters<CollectionBeforeOperationHook>[0]),
      )
      const refusedOnChange = await refusedBy(() =>
        recheck({
          collection: c,
          context: {},
          data: { ...data },
          operation: 'create',
          req,
        } as unknown as Parameters<CollectionBeforeChangeHook>[0]),
      )
      expect(declared.length).toBeGreaterThan(0)
      expect(refusedOnOperation).toEqual(declared)
      expect(refusedOnChange).toEqual(declared)
    },
  )

  // Read-only in the admin but writable by a client would be a drift the other way. A virtual
  // field (derived on read, never stored) takes no write at all.
  it.each(byCollection.filter(([, c]) => serverFieldsOf(c.fields).length > 0))(
    '%s: every top-level field read-only in the admin is set by the server',
    (_s, c) => {
      const declared = serverFieldsOf(c.fields)
      const readOnlyTopLevel = topLevel(c.fields)
        .filter((f) => f.admin?.readOnly === true && !(f as { virtual?: unknown }).virtual)
        .map((f) => f.name)
      expect(readOnlyTopLevel.filter((name) => !declared.includes(name!))).toEqual([])
    },
  )

  it.each(Object.entries(EXPECTED))(
    '%s keeps the server-only list it had by hand',
    (slug, list) => {
      const collection = collections.find((c) => c.slug === slug)
      expect(serverFieldsOf(collection!.fields).sort()).toEqual([...list].sort())
    },
  )
})
