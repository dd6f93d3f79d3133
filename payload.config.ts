import path from 'path'
import { fileURLToPath } from 'url'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { zh } from '@payloadcms/translations/languages/zh'
import type { Config } from 'payload'
import { buildConfig } from 'payload'

import { collections } from '@/collections'
import { endpoints } from '@/endpoints'
import { jobs } from '@/jobs'
import { recoverJobsOnStart } from '@/jobs/watchdog'
import { OfficeCalendar } from '@/globals/OfficeCalendar'
import { OfficeSettings } from '@/globals/OfficeSettings'
import { ServiceVisitSettings } from '@/globals/ServiceVisitSettings'
import { databaseFromEnv } from '@/config/database'
import { emailFromSettings } from '@/config/email'
import { frameworkAccess } from '@/config/frameworkAccess'
import { hardenSqliteClient } from '@/config/hardenSqlite'
import { refreshPlannerStatistics } from '@/config/plannerStatistics'
import { answerUnavailableDatabase } from '@/hooks/shared/answerUnavailableDatabase'
import { requestLogMixin } from '@/lib/requestLog'
import { settings } from '@/config/settings'
import { slugs } from '@/slugs'

const dirname = path.dirname(fileURLToPath(import.meta.url))

/**
 * The assembled configuration, before Payload sanitises it. A function, because sanitising mutates
 * the object: the benchmark builds a second configuration with a twin collection added.
 */
export const createAppConfig = (): Config => ({
  serverURL: settings.serverURL,
  secret: settings.secret,
  db: databaseFromEnv(),
  email: emailFromSettings(settings),
  editor: lexicalEditor(),
  collections: [...collections],
  globals: [OfficeSettings, OfficeCalendar, ServiceVisitSettings],
  endpoints,
  jobs,
  // Relationships are populated at most three levels deep, whatever a request asks for.
  maxDepth: 3,
  admin: {
    user: slugs.users,
    avatar: 'default',
    meta: { titleSuffix: ' · 物业客服' },
    importMap: { baseDir: dirname },
    components: {
      views: {
        dashboard: { Component: '@/views/Dashboard#Dashboard' },
        shiftLogsBoard: {
          Component: '@/views/ShiftLogBoard#ShiftLogBoard',
          path: '/shift-logs-board',
          exact: true,
        },
        import: { Component: '@/views/Import#ImportView', path: '/import', exact: true },
      },
      afterNavLinks: [
        '@/views/ShiftLogBoard/NavLink#ShiftLogBoardLink',
        '@/views/Import/NavLink#ImportLink',
      ],
    },
  },
  i18n: {
    supportedLanguages: { zh, en },
    fallbackLanguage: 'zh',
  },
  csrf: settings.allowedOrigins,
  cors: settings.allowedOrigins,
  graphQL: { disable: !settings.graphQLEnabled },
  upload: {
    limits: { fileSize: settings.uploadMaxBytes },
    abortOnLimit: true,
  },
  typescript: {
    outputFile: path.resolve(dirname, 'src/payload-types.ts'),
    autoGenerate: false,
  },
  // JSON lines; each written during an API request carries its id (src/lib/requestLog.ts).
  logger: { options: { level: settings.logLevel, mixin: requestLogMixin } },
  telemetry: false,
  hooks: { afterError: [answerUnavailableDatabase] },
  onInit: async (payload) => {
    hardenSqliteClient(payload)
    if (!process.env.NO_STATS) await refreshPlannerStatistics(payload)
    await recoverJobsOnStart(payload)
  },
  // Payload's own collections and globals get explicit access (see src/config/frameworkAccess).
  plugins: [frameworkAccess()],
})

export default buildConfig(createAppConfig())
