import { planComplaintAction } from '@/domain/complaints/actions'
import type { ComplaintState } from '@/domain/complaints/actions'
import {
  complaintTimeliness,
  pendingBreaches,
  rearmedBreaches,
} from '@/domain/complaints/deadlines'
import {
  complaintVisitAssignee,
  complaintVisitWindow,
  householdSatisfaction,
  isSampledForVisit,
  sampleBucket,
  satisfactionRate,
  visitReopens,
} from '@/domain/complaints/returnVisits'
import {
  deriveSeverity,
  isCollective,
  severityAfterEdit,
  severityChangeProblem,
} from '@/domain/complaints/severity'
import { checkTransition } from '@/domain/complaints/statusMachine'
import type { Role } from '@/domain/roles'

describe('deriveSeverity', () => {
  it.each([
    ['fire', false, 'major', 'category'],
    ['lift-entrapment', false, 'major', 'category'],
    ['structural-damage', false, 'major', 'category'],
    ['renovation-noise', false, 'general', null],
    ['renovation-noise', true, 'major', 'collective'],
    ['pests', true, 'major', 'collective'],
  ])('%s (collective %p) → %s', (category, collective, severity, source) => {
    expect(deriveSeverity({ category, collective })).toEqual({ severity, source })
  })

  it('should count households, not complaints, for a collective complaint', () => {
    expect(isCollective(['resident:1', 'resident:2'])).toBe(false)
    expect(isCollective(['resident:1', 'resident:1', 'resident:1'])).toBe(false)
    expect(isCollective(['resident:1', 'resident:2', 'unit:9'])).toBe(true)
    expect(isCollective(['resident:1', 'resident:2', 'unit:9'], 4)).toBe(false)
  })
})

describe('severityChangeProblem', () => {
  const base = { reason: '理由' }
  it.each<
    [
      string,
      Role[],
      'general' | 'major',
      'category' | 'collective' | 'manual' | null,
      'general' | 'major',
      number | null,
    ]
  >([
    ['a clerk raising', ['cs-clerk'], 'general', null, 'major', 403],
    ['a site manager raising', ['site-manager'], 'general', null, 'major', null],
    [
      'a site manager lowering a derived major',
      ['site-manager'],
      'major',
      'category',
      'general',
      403,
    ],
    [
      'a site manager lowering a manual major',
      ['site-manager'],
      'major',
      'manual',
      'general',
      null,
    ],
    [
      'a property manager lowering a collective major',
      ['property-manager'],
      'major',
      'collective',
      'general',
      null,
    ],
    ['the director lowering an emergency', ['director'], 'major', 'category', 'general', null],
  ])('%s', (_name, actorRoles, current, currentSource, wanted, status) => {
    const problem = severityChangeProblem({ ...base, actorRoles, current, currentSource, wanted })
    expect(problem?.status ?? null).toBe(status)
  })

  it('should want a reason', () => {
    expect(
      severityChangeProblem({
        actorRoles: ['director'],
        current: 'general',
        currentSource: null,
        wanted: 'major',
        reason: ' ',
      }),
    ).toMatchObject({ status: 400, field: 'reason' })
  })
})

describe('severityAfterEdit: a derived major stays major', () => {
  const flooding = { severity: 'major', source: 'category' } as const
  const general = { severity: 'general', source: null } as const
  const edit = (over: Partial<Parameters<typeof severityAfterEdit>[0]>) =>
    severityAfterEdit({
      before: 'major',
      derived: general,
      override: null,
      changedInputs: ['category'],
      reason: null,
      actorRoles: ['cs-clerk'],
      ...over,
    })

  it.each([['cs-clerk'], ['dispatcher'], ['site-manager']] as const)(
    'should refuse a %s lowering a major by its category with 403 naming the field',
    (role) => {
      expect(edit({ actorRoles: [role] })).toMatchObject({
        ok: false,
        status: 403,
        field: 'category',
      })
    },
  )

  it('should name the unit when the unit is what changed', () => {
    expect(edit({ changedInputs: ['unit'] })).toMatchObject({ ok: false, field: 'unit' })
  })

  it('should ask a property manager for a reason, then record the lowering as manual', () => {
    expect(edit({ actorRoles: ['property-manager'] })).toMatchObject({
      ok: false,
      status: 400,
      field: 'severityReason',
    })
    expect(edit({ actorRoles: ['director'], reason: '  ' })).toMatchObject({
      ok: false,
      status: 400,
    })
    expect(edit({ actorRoles: ['director'], reason: '实为冷凝水' })).toEqual({
      ok: true,
      severity: 'general',
      source: 'manual',
      override: 'general',
    })
  })

  it('should refuse anyone but a senior manager writing a reason', () => {
    expect(
      edit({ before: 'general', derived: general, changedInputs: [], reason: '随便写' }),
    ).toMatchObject({ ok: false, status: 403, field: 'severityReason' })
  })

  it('should let any edit raise: an emergency category clears an earlier "general"', () => {
    expect(
      edit({ before: 'general', derived: flooding, override: 'general', actorRoles: ['cs-clerk'] }),
    ).toEqual({ ok: true, severity: 'major', source: 'category', override: null })
  })

  it('should keep a manual "general" when the edit does not touch what decides severity', () => {
    expect(
      edit({ before: 'general', derived: flooding, override: 'general', changedInputs: [] }),
    ).toEqual({ ok: true, severity: 'general', source: 'manual', override: 'general' })
  })

  it('should keep a manual major whatever the category becomes', () => {
    expect(edit({ override: 'major' })).toEqual({
      ok: true,
      severity: 'major',
      source: 'manual',
      override: 'major',
    })
  })
})

describe('checkTransition', () => {
  it.each<[string, string, Role[], boolean, number | string]>([
    ['dispatch', 'registered', ['dispatcher'], false, 'dispatched'],
    ['dispatch', 'reopened', ['site-manager'], false, 'dispatched'],
    ['dispatch', 'registered', ['cs-clerk'], false, 403],
    ['start', 'dispatched', ['site-captain'], true, 'in-progress'],
    ['start', 'dispatched', ['site-captain'], false, 403],
    ['resolve', 'in-progress', ['site-manager'], false, 'resolved'],
    ['resolve', 'in-progress', ['dispatcher'], true, 403],
    ['resolve', 'registered', ['director'], false, 400],
    ['close', 'return-visit', ['cs-clerk'], false, 'closed'],
    ['close', 'registered', ['director'], false, 400],
    ['close', 'resolved', ['cs-clerk'], false, 400],
  ])('%s from %s by %p (handler %p) → %p', (action, from, roles, isHandler, expected) => {
    const result = checkTransition({
      action: action as 'dispatch',
      from: from as 'registered',
      actorRoles: roles,
      actorIsHandler: isHandler,
    })
    expect(result.ok ? result.to : result.status).toBe(expected)
  })
})

describe('planComplaintAction', () => {
  const now = new Date('2026-11-22T06:00:00Z')
  const complaint: ComplaintState = { status: 'registered', channel: 'phone', severity: 'general' }
  const dispatcher = { id: 7, roles: ['dispatcher'] as Role[] }

  it.each([
    [{ handler: 3, deadline: '2026-11-22T10:00:00Z' }, 'department'],
    [{ department: 'engineering', deadline: '2026-11-22T10:00:00Z' }, 'handler'],
    [{ department: 'engineering', handler: 3 }, 'deadline'],
    [{ department: 'engineering', handler: 3, deadline: 'tomorrow' }, 'deadline'],
    [{ department: 'engineering', handler: 3, deadline: '2026-11-22T05:59:00Z' }, 'deadline'],
    [{ department: 'engineering', handler: 3, deadlineHours: 0 }, 'deadlineHours'],
    [{ department: 'engineering', handler: 3, deadlineHours: 2.5 }, 'deadlineHours'],
    [{ department: 'engineering', handler: 3, deadlineHours: 721 }, 'deadlineHours'],
    [
      { department: 'engineering', handler: 3, deadlineHours: 8, deadline: '2026-11-23T10:00:00Z' },
      'deadline',
    ],
  ])('should refuse dispatch with %p, naming %s', (body, field) => {
    expect(
      planComplaintAction({ action: 'dispatch', complaint, body, actor: dispatcher, now }),
    ).toMatchObject({
      ok: false,
      status: 400,
      field,
    })
  })

  it('should dispatch with the hours allowed, for the hook to count on the office calendar', () => {
    const plan = planComplaintAction({
      action: 'dispatch',
      complaint,
      body: { department: 'engineering', handler: 3, deadlineHours: '8' },
      actor: dispatcher,
      now,
    })
    expect(plan).toMatchObject({
      ok: true,
      data: { handlingDeadline: null, handlingDeadlineHours: 8, dispatchedAt: now.toISOString() },
    })
  })

  it('should dispatch with department, handler and a future deadline', () => {
    const plan = planComplaintAction({
      action: 'dispatch',
      complaint,
      body: { department: 'engineering', handler: 3, deadline: '2026-11-22T10:00:00Z' },
      actor: dispatcher,
      now,
    })
    expect(plan).toEqual({
      ok: true,
      handlerId: 3,
      data: {
        status: 'dispatched',
        department: 'engineering',
        handler: 3,
        handlingDeadline: '2026-11-22T10:00:00.000Z',
        handlingDeadlineHours: null,
        dispatchedAt: now.toISOString(),
        dispatchedBy: 7,
      },
    })
  })

  it('should close an unsampled complaint straight from resolved, and not a sampled one', () => {
    const clerk = { id: 2, roles: ['cs-clerk'] as Role[] }
    const resolved = { ...complaint, status: 'resolved' as const }
    expect(
      planComplaintAction({
        action: 'close',
        complaint: { ...resolved, returnVisitRequired: false },
        body: {},
        actor: clerk,
        now,
      }).ok,
    ).toBe(true)
    expect(
      planComplaintAction({
        action: 'close',
        complaint: { ...resolved, returnVisitRequired: true },
        body: {},
        actor: clerk,
        now,
      }),
    ).toMatchObject({ ok: false, status: 400 })
  })

  it('should want a written reply to resolve a letter', () => {
    const plan = planComplaintAction({
      action: 'resolve',
      complaint: { ...complaint, status: 'in-progress', channel: 'letter' },
      body: { result: '已处理' },
      actor: { id: 1, roles: ['site-manager'] },
      now,
    })
    expect(plan).toMatchObject({ ok: false, field: 'writtenReply' })
  })
  it.each([
    [{ result: '已处理' }, 'verdict'],
    [{ result: '已处理', verdict: 'maybe', verdictNote: '说明' }, 'verdict'],
    [{ result: '已处理', verdict: 'unsubstantiated' }, 'verdictNote'],
    [{ result: '已处理', verdict: 'substantiated', verdictNote: '   ' }, 'verdictNote'],
  ])('should refuse to resolve with %p, naming %s', (body, field) => {
    expect(
      planComplaintAction({
        action: 'resolve',
        complaint: { ...complaint, status: 'in-progress' },
        body,
        actor: { id: 1, roles: ['site-manager'] },
        now,
      }),
    ).toMatchObject({ ok: false, status: 400, field })
  })

  it('should record the verdict and its note with the result', () => {
    const plan = planComplaintAction({
      action: 'resolve',
      complaint: { ...complaint, status: 'in-progress' },
      body: { result: '已处理', verdict: 'unsubstantiated', verdictNote: ' 噪音在规定时段内 ' },
      actor: { id: 1, roles: ['site-manager'] },
      now,
    })
    expect(plan).toMatchObject({
      ok: true,
      data: { verdict: 'unsubstantiated', verdictNote: '噪音在规定时段内', status: 'resolved' },
    })
  })
})

describe('complaintTimeliness', () => {
  const tz = 'Asia/Shanghai'
  it.each([
    // registered (UTC)       verified                 resolved                  verifiedOnTime within24h minutes
    ['2026-11-22T02:00:00Z', '2026-11-22T15:00:00Z', '2026-11-23T01:59:00Z', true, true, 1439],
    ['2026-11-22T02:00:00Z', '2026-11-22T16:30:00Z', '2026-11-23T02:01:00Z', false, false, 1441],
    // Registered at 23:50 local: verification is due in ten minutes, at midnight.
    ['2026-11-22T15:50:00Z', '2026-11-22T16:05:00Z', '2026-11-22T20:00:00Z', false, true, 250],
  ])(
    'registered %s, verified %s, resolved %s',
    (registeredAt, verifiedAt, resolvedAt, onTime, within, minutes) => {
      const t = complaintTimeliness(
        { registeredAt, verifiedAt, resolvedAt, severity: 'general' },
        tz,
      )
      expect(t.verifiedOnTime).toBe(onTime)
      expect(t.resolvedWithin24h).toBe(within)
      expect(t.minutesToResolve).toBe(minutes)
    },
  )

  it('should hold a major complaint to the reply time promised', () => {
    const t = complaintTimeliness(
      {
        registeredAt: '2026-11-22T02:00:00Z',
        replyPromisedAt: '2026-11-22T08:00:00Z',
        severity: 'major',
        resolvedAt: '2026-11-22T09:00:00Z',
      },
      tz,
    )
    expect(t.resolveDueAt).toBe('2026-11-22T08:00:00.000Z')
    expect(t.resolvedOnTime).toBe(false)
    expect(t.resolvedWithin24h).toBe(true)
  })

  it('should hold a complaint to the slip’s deadline, not to 24 hours', () => {
    const t = complaintTimeliness(
      {
        registeredAt: '2026-11-22T02:00:00Z',
        handlingDeadline: '2026-11-25T02:00:00Z',
        severity: 'general',
        resolvedAt: '2026-11-23T08:00:00Z',
      },
      tz,
    )
    expect(t.resolveDueAt).toBe('2026-11-25T02:00:00.000Z')
    expect(t.resolvedOnTime).toBe(true)
    // …while "within 24 h" stays a rate of its own.
    expect(t.resolvedWithin24h).toBe(false)
    const short = complaintTimeliness(
      {
        registeredAt: '2026-11-22T02:00:00Z',
        handlingDeadline: '2026-11-22T06:00:00Z',
        severity: 'general',
        resolvedAt: '2026-11-22T10:00:00Z',
      },
      tz,
    )
    expect([short.resolvedOnTime, short.resolvedWithin24h]).toEqual([false, true])
  })

  it('should hold a major complaint to the earlier of the slip and the promised reply', () => {
    const clock = {
      registeredAt: '2026-11-22T02:00:00Z',
      severity: 'major' as const,
      replyPromisedAt: '2026-11-22T08:00:00Z',
    }
    expect(
      complaintTimeliness({ ...clock, handlingDeadline: '2026-11-23T02:00:00Z' }, tz).resolveDueAt,
    ).toBe('2026-11-22T08:00:00.000Z')
    expect(
      complaintTimeliness({ ...clock, handlingDeadline: '2026-11-22T05:00:00Z' }, tz).resolveDueAt,
    ).toBe('2026-11-22T05:00:00.000Z')
  })

  it('should watch a later deadline again once the earlier one was reported', () => {
    const earlier = '2026-11-23T02:00:00.000Z'
    expect(
      rearmedBreaches(['verification', 'resolution'], earlier, '2026-11-25T02:00:00.000Z'),
    ).toEqual(['verification'])
    expect(rearmedBreaches(['resolution'], earlier, earlier)).toBeNull()
    expect(rearmedBreaches(['verification'], earlier, '2026-11-25T02:00:00.000Z')).toBeNull()
  })

  it('should leave met flags open while the complaint is open', () => {
    const t = complaintTimeliness({ registeredAt: '2026-11-22T02:00:00Z', severity: 'general' }, tz)
    expect([t.verifiedOnTime, t.resolvedWithin24h, t.minutesToResolve]).toEqual([null, null, null])
  })
})

describe('pendingBreaches', () => {
  const complaint = {
    status: 'dispatched',
    verifyDueAt: '2026-11-22T15:59:59.999Z',
    resolveDueAt: '2026-11-23T02:00:00.000Z',
  }
  it.each([
    ['2026-11-22T12:00:00Z', [], []],
    ['2026-11-22T16:00:00Z', [], ['verification']],
    ['2026-11-23T03:00:00Z', [], ['verification', 'resolution']],
    ['2026-11-23T03:00:00Z', ['verification'], ['resolution']],
    ['2026-11-23T03:00:00Z', ['verification', 'resolution'], []],
  ])('at %s, already notified %p → %p', (now, notified, expected) => {
    expect(pendingBreaches({ ...complaint, breachesNotified: notified }, new Date(now))).toEqual(
      expected,
    )
  })

  it('should not chase a resolved complaint', () => {
    expect(
      pendingBreaches(
        { ...complaint, status: 'resolved', resolvedAt: '2026-11-23T04:00:00Z' },
        new Date('2026-11-24T00:00:00Z'),
      ),
    ).toEqual([])
  })
})

describe('return visits', () => {
  it('should be due 3 days to a week after resolution, or within 3 days for a commercial tenant', () => {
    expect(complaintVisitWindow('2026-11-22T06:00:00.000Z', false)).toEqual({
      dueFrom: '2026-11-25T06:00:00.000Z',
      dueBy: '2026-11-29T06:00:00.000Z',
    })
    expect(complaintVisitWindow('2026-11-22T06:00:00.000Z', true)).toEqual({
      dueFrom: '2026-11-22T06:00:00.000Z',
      dueBy: '2026-11-25T06:00:00.000Z',
    })
  })

  it.each([
    ['major', 'face-to-face', 1],
    ['major', 'phone', 1],
    ['general', 'phone', 2],
    ['general', 'face-to-face', 3],
  ] as const)('a %s complaint visited by %s → user %d', (severity, method, expected) => {
    expect(
      complaintVisitAssignee({
        severity,
        method,
        directorId: 1,
        dispatcherId: 2,
        departmentHeadId: 3,
        siteManagerId: 4,
      }),
    ).toBe(expected)
  })

  it('should fall back to a site manager when the department has no head', () => {
    expect(
      complaintVisitAssignee({ severity: 'general', method: 'face-to-face', siteManagerId: 4 }),
    ).toBe(4)
  })

  it.each([
    [{ A: 18, B: 1, C: 1 }, 95],
    [{ A: 2, B: 1, C: 1 }, 75],
    [{ A: 0, B: 0, C: 3 }, 0],
    [{ A: 1, B: 0, C: 2 }, 33.3],
    [{}, null],
  ])('satisfaction rate of %p is %p%%', (counts, rate) => {
    expect(satisfactionRate(counts)).toBe(rate)
  })

  it('should reopen only on a C with the problem unsolved', () => {
    expect(visitReopens({ overall: 'C', solved: false })).toBe(true)
    expect(visitReopens({ overall: 'C', solved: true })).toBe(false)
    expect(visitReopens({ overall: 'B', solved: false })).toBe(false)
  })

  it('should sample deterministically, never below 60%, and near the rate over many complaints', () => {
    expect(isSampledForVisit('TS-202611-0001', 100)).toBe(true)
    expect(isSampledForVisit('TS-202611-0001', 60)).toBe(isSampledForVisit('TS-202611-0001', 60))
    const numbers = Array.from(
      { length: 2000 },
      (_, i) => `TS-202611-${String(i + 1).padStart(4, '0')}`,
    )
    const share = (rate: number) =>
      numbers.filter((n) => isSampledForVisit(n, rate)).length / numbers.length
    expect(Math.abs(share(70) - 0.7)).toBeLessThan(0.03)
    expect(Math.abs(share(10) - 0.6)).toBeLessThan(0.03) // clamped to the 60% minimum
    expect(sampleBucket('x')).toBeGreaterThanOrEqual(0)
    expect(sampleBucket('x')).toBeLessThan(100)
  })
})

describe('householdSatisfaction (投诉处理满意率, by household)', () => {
  it('should count each household once, satisfied only if every visit was A or B', () => {
    const s = householdSatisfaction([
      { household: 'resident:1', overall: 'A' },
      { household: 'resident:1', overall: 'B' },
      { household: 'resident:2', overall: 'B' },
      { household: 'resident:2', overall: 'C' },
      { household: 'unit:9', overall: 'A' },
      { household: 'resident:3', overall: 'C' },
    ])
    expect(s).toEqual({ households: 4, satisfied: 2, visits: { A: 2, B: 2, C: 2 }, rate: 50 })
  })

  it('should give no rate when no household was visited', () => {
    expect(householdSatisfaction([]).rate).toBeNull()
  })
})
