import type {
  Access,
  CollectionConfig,
  Config,
  GlobalConfig,
  Plugin,
  SanitizedConfig,
} from 'payload'

import { denyAll } from '@/access/denyAll'
import { isAdmin } from '@/access/isAdmin'
import { canDeleteLock, canReadLocks, canUpdateLock } from '@/access/lockedDocuments'
import { canCreatePreferences, ownPreferences } from '@/access/preferences'
import { limitClientReads } from '@/hooks/shared/limitClientReads'

type CollectionRules = Pick<
  CollectionConfig,
  'graphQL' | 'disableBulkEdit' | 'disableBulkDelete' | 'disableDuplicate'
> & {
  access: Required<
    Pick<
      NonNullable<CollectionConfig['access']>,
      'read' | 'create' | 'update' | 'delete' | 'readVersions'
    >
  >
}
type GlobalRules = Pick<GlobalConfig, 'graphQL'> & {
  access: { read: Access; update: Access; readVersions: Access }
}

const nobody = {
  read: denyAll,
  create: denyAll,
  update: denyAll,
  delete: denyAll,
  readVersions: denyAll,
} as const

/** No GraphQL, no bulk `where` writes, no duplicate: none of these stores needs them. */
const closedDoors = {
  graphQL: false,
  disableBulkEdit: true,
  disableBulkDelete: true,
  disableDuplicate: true,
} as const

/**
 * Payload's own collections, each with its access stated. `payload-jobs` is configured where the
 * jobs are (src/jobs, through Payload's `jobsCollectionOverrides`) and only checked here.
 */
export const FRAMEWORK_COLLECTIONS: Record<string, CollectionRules | 'configured-in-jobs'> = {
  'payload-jobs': 'configured-in-jobs',
  'payload-locked-documents': {
    ...closedDoors,
    // The admin creates and refreshes locks on the server (`payload.db`); clients only read,
    // take over and release them.
    access: {
      read: canReadLocks,
      create: denyAll,
      update: canUpdateLock,
      delete: canDeleteLock,
      readVersions: denyAll,
    },
  },
  'payload-preferences': {
    ...closedDoors,
    // The account page's "reset preferences" deletes with `where[user.value]`; row-level
    // access keeps it to the user's own rows.
    disableBulkDelete: false,
    access: {
      read: ownPreferences,
      create: canCreatePreferences,
      update: ownPreferences,
      delete: ownPreferences,
      readVersions: denyAll,
    },
  },
  // Written by `payload migrate` with server rights; Payload already gives it no REST or GraphQL.
  'payload-migrations': { ...closedDoors, access: { ...nobody, read: isAdmin } },
  // Payload's key-value store, for the server only (its own default is already closed).
  'payload-kv': { ...closedDoors, access: nobody },
}

export const FRAMEWORK_GLOBALS: Record<string, GlobalRules> = {
  // The scheduler reads and writes it through `payload.db`; through the API a forged
  // `lastScheduledRun` would postpone every scheduled check.
  'payload-jobs-stats': {
    graphQL: false,
    access: { read: isAdmin, update: denyAll, readVersions: denyAll },
  },
}

const isFrameworkSlug = (slug: string) => slug.startsWith('payload-')

/**
 * Applies the table above to the sanitised configuration. A `payload-*` collection or global
 * that the table does not know (a later Payload adding one) is closed to every client and
 * reported, rather than left on Payload's default of "any signed-in user".
 */
export const restrictFrameworkCollections = (
  config: SanitizedConfig,
  warn: (message: string) => void = console.warn,
) => {
  for (const collection of config.collections) {
    if (!isFrameworkSlug(collection.slug)) continue
    // Pages of at most 100 for clients here too, as for the app's own collections.
    // (Sanitised collections always carry `hooks`; the unit test's stand-ins may not.)
    const hooks = (collection.hooks ??= {} as typeof collection.hooks)
    const before = hooks.beforeOperation ?? []
    if (!before.includes(limitClientReads)) hooks.beforeOperation = [limitClientReads, ...before]
    const rules = FRAMEWORK_COLLECTIONS[collection.slug]
    if (rules === 'configured-in-jobs') continue
    if (!rules) {
      warn(`frameworkAccess: ${collection.slug} is unknown, closed to every client`)
    }
    const { access, ...doors } = rules ?? { ...closedDoors, access: nobody }
    Object.assign(collection, doors)
    Object.assign(collection.access, access)
  }
  for (const global of config.globals) {
    if (!isFrameworkSlug(global.slug)) continue
    const rules = FRAMEWORK_GLOBALS[global.slug]
    if (!rules) warn(`frameworkAccess: global ${global.slug} is unknown, closed to every client`)
    const { access, ...doors } = rules ?? {
      graphQL: false as const,
      access: { read: denyAll, update: denyAll, readVersions: denyAll },
    }
    Object.assign(global, doors)
    Object.assign(global.access, access)
  }
  return config
}

/**
 * Payload adds its own collections (jobs, locked documents, preferences, migrations) and the
 * jobs-stats global while it sanitises the configuration, after every plugin has run, and
 * 3.90.1 offers no override for them except the jobs collection. So this plugin wraps `onInit`
 * and sets their access on the sanitised configuration, before the first request: Payload
 * reads `access`, `graphQL` and the bulk flags from that same object at request time.
 */
export const frameworkAccess = (): Plugin => (config: Config) => {
  const previous = config.onInit
  return {
    ...config,
    onInit: async (payload) => {
      restrictFrameworkCollections(payload.config, (message) => payload.logger.warn(message))
      await previous?.(payload)
    },
  }
}
