import type { PayloadRequest, SanitizedConfig } from 'payload'

import {
  FRAMEWORK_COLLECTIONS,
  FRAMEWORK_GLOBALS,
  restrictFrameworkCollections,
} from '@/config/frameworkAccess'
import { changedApprovalRules } from '@/hooks/officeSettings/keepApprovalRulesWithDirector'

const anyoneSignedIn = ({ req }: { req: PayloadRequest }) => Boolean(req.user)
const OPERATIONS = ['read', 'create', 'update', 'delete', 'readVersions'] as const

const fakeConfig = () =>
  ({
    collections: [
      { slug: 'complaints', access: { read: anyoneSignedIn }, graphQL: {} },
      { slug: 'payload-migrations', access: { read: anyoneSignedIn, create: anyoneSignedIn } },
      { slug: 'payload-folders', access: { read: anyoneSignedIn, update: anyoneSignedIn } },
    ],
    globals: [
      { slug: 'payload-jobs-stats', access: { read: anyoneSignedIn, update: anyoneSignedIn } },
      { slug: 'payload-something-new', access: { read: anyoneSignedIn } },
    ],
  }) as unknown as SanitizedConfig

const as = (roles: string[]) =>
  ({ req: { user: { id: 1, collection: 'users', roles } } }) as unknown as { req: PayloadRequest }

describe('restrictFrameworkCollections', () => {
  it('should close every door of a payload-* collection or global it does not know', () => {
    const warnings: string[] = []
    const config = restrictFrameworkCollections(fakeConfig(), (m) => warnings.push(m))
    expect(warnings).toEqual([
      expect.stringContaining('payload-folders'),
      expect.stringContaining('payload-something-new'),
    ])
    const folders = config.collections.find((c) => (c.slug as string) === 'payload-folders')!
    const newGlobal = config.globals.find((g) => (g.slug as string) === 'payload-something-new')!
    for (const operation of OPERATIONS) {
      expect(
        (folders.access as Record<string, (a: unknown) => unknown>)[operation](as(['admin'])),
      ).toBe(false)
    }
    expect(folders.graphQL).toBe(false)
    expect(folders.disableBulkEdit).toBe(true)
    expect(folders.disableBulkDelete).toBe(true)
    for (const operation of ['read', 'update', 'readVersions'] as const) {
      expect(newGlobal.access[operation]!(as(['admin']) as never)).toBe(false)
    }
    expect(newGlobal.graphQL).toBe(false)
  })

  it('should apply the table to the ones it knows and leave the app’s collections alone', () => {
    const config = restrictFrameworkCollections(fakeConfig(), () => undefined)
    const migrations = config.collections.find((c) => c.slug === 'payload-migrations')!
    expect(migrations.access.read(as(['admin']) as never)).toBe(true)
    expect(migrations.access.read(as(['director']) as never)).toBe(false)
    expect(migrations.access.create(as(['admin']) as never)).toBe(false)
    const stats = config.globals.find((g) => g.slug === 'payload-jobs-stats')!
    expect(stats.access.read!(as(['admin']) as never)).toBe(true)
    expect(stats.access.read!(as(['security-guard']) as never)).toBe(false)
    expect(stats.access.update!(as(['admin']) as never)).toBe(false)
    const complaints = config.collections.find((c) => c.slug === 'complaints')!
    expect(complaints.access.read).toBe(anyoneSignedIn)
    expect(complaints.graphQL).toEqual({})
  })

  it('should state every operation for each framework collection and global it knows', () => {
    for (const rules of Object.values(FRAMEWORK_COLLECTIONS)) {
      if (rules === 'configured-in-jobs') continue
      for (const operation of OPERATIONS) expect(typeof rules.access[operation]).toBe('function')
      expect(rules.graphQL).toBe(false)
      expect(rules.disableBulkEdit).toBe(true)
    }
    for (const rules of Object.values(FRAMEWORK_GLOBALS)) {
      for (const operation of ['read', 'update', 'readVersions'] as const) {
        expect(typeof rules.access[operation]).toBe('function')
      }
    }
  })
})

describe('changedApprovalRules', () => {
  it('should see no change when nothing about signing changed, defaults included', () => {
    expect(changedApprovalRules({}, { allowSameSigner: false })).toEqual([])
    expect(
      changedApprovalRules(
        { directorApprovesKinds: ['rule', 'procedure', 'contract'] },
        { directorApprovesKinds: ['contract', 'rule', 'procedure'] },
      ),
    ).toEqual([])
    expect(changedApprovalRules(null, undefined)).toEqual([])
  })

  it('should name each approval rule that changed', () => {
    expect(changedApprovalRules({}, { allowSameSigner: true })).toEqual(['allowSameSigner'])
    expect(
      changedApprovalRules(
        { allowSameSigner: false, directorApprovesKinds: ['rule'] },
        { allowSameSigner: true, directorApprovesKinds: [] },
      ),
    ).toEqual(['allowSameSigner', 'directorApprovesKinds'])
  })
})
