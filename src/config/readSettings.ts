/**
 * Everything the app reads from the environment, in one place. Pure: takes an env object so
 * tests can load it with other values. `settings.ts` reads it once for the app; next.config.ts
 * reads it with Next's phase (it loads before Next says it is building).
 */
export type Settings = {
  serverURL: string
  allowedOrigins: string[]
  graphQLEnabled: boolean
  isProduction: boolean
  secret: string
  uploadMaxBytes: number
  /** Largest request body the API accepts (JSON, forms); multipart uploads get the file limit on top. */
  requestMaxBytes: number
  /**
   * Whether `X-Forwarded-For` names the client (the app sits behind a proxy that sets it). Without
   * it requests carry no client address: throttling falls back to global caps, the audit to none.
   */
  trustProxy: boolean
  companyName: string
  /** pino level for Payload's logger; tests set `warn` to keep refusals out of the output. */
  logLevel: string
  /** A request that takes at least this long is logged at `warn` as a slow request. */
  slowRequestMs: number
  /**
   * Most items a scheduled escalation works in one run (oldest overdue first); the rest wait for
   * the next run of its schedule, so a backlog (an import of years of open cases) is mailed out
   * in batches rather than thousands at once.
   */
  escalationBatchSize: number
  smtp?: {
    host: string
    port: number
    secure: boolean
    user?: string
    pass?: string
    from: string
    fromName: string
  }
}

export const DEV_SECRET = 'dev-only-secret-change-me-in-production-0000'
export const MIN_SECRET_LENGTH = 32

/** Why a production start must stop, or null. The build step is exempt: it serves nothing. */
export const productionProblems = (env: Record<string, string | undefined>): string[] => {
  if (env.NODE_ENV !== 'production' || env.NEXT_PHASE === 'phase-production-build') return []
  const problems: string[] = []
  const secret = env.PAYLOAD_SECRET ?? ''
  if (secret.length < MIN_SECRET_LENGTH || secret === DEV_SECRET) {
    problems.push(
      `PAYLOAD_SECRET must be set to a random value of at least ${MIN_SECRET_LENGTH} characters in production, not the development one (openssl rand -base64 48).`,
    )
  }
  if (!env.SERVER_URL) {
    problems.push(
      'SERVER_URL must be set in production to the address people open, e.g. https://wuye.example.cn.',
    )
  }
  return problems
}

export const readSettings = (env: Record<string, string | undefined> = process.env): Settings => {
  const isProduction = env.NODE_ENV === 'production'
  const problems = productionProblems(env)
  if (problems.length > 0) throw new Error(problems.join('\n'))
  const serverURL = (env.SERVER_URL || 'http://localhost:3000').replace(/\/$/, '')
  const extraOrigins = (env.CORS_ORIGINS ?? '')
    .split(',')
    .map((origin) => origin.trim().replace(/\/$/, ''))
    .filter(Boolean)
  // `next build` loads the config to collect pages; the secret is needed only to serve.
  const secret = env.PAYLOAD_SECRET || ''
  return {
    serverURL,
    allowedOrigins: [...new Set([serverURL, ...extraOrigins])],
    graphQLEnabled: env.ENABLE_GRAPHQL === 'true',
    isProduction,
    secret: secret || DEV_SECRET,
    uploadMaxBytes:
      Number(env.UPLOAD_MAX_BYTES) > 0 ? Number(env.UPLOAD_MAX_BYTES) : 10 * 1024 * 1024,
    requestMaxBytes:
      Number(env.REQUEST_MAX_BYTES) > 0 ? Number(env.REQUEST_MAX_BYTES) : 1024 * 1024,
    trustProxy: env.TRUST_PROXY === 'true',
    companyName: env.COMPANY_NAME || '翠湖物业服务有限公司',
    logLevel: env.LOG_LEVEL || 'info',
    slowRequestMs: Number(env.SLOW_REQUEST_MS) > 0 ? Number(env.SLOW_REQUEST_MS) : 1000,
    escalationBatchSize:
      Number(env.ESCALATION_BATCH_SIZE) >= 1 ? Math.floor(Number(env.ESCALATION_BATCH_SIZE)) : 100,
    smtp: env.SMTP_HOST
      ? {
          host: env.SMTP_HOST,
          port: Number(env.SMTP_PORT) || 587,
          secure: env.SMTP_SECURE === 'true',
          user: env.SMTP_USER || undefined,
          pass: env.SMTP_PASS || undefined,
          from: env.SMTP_FROM || 'noreply@wuye.local',
          fromName: env.SMTP_FROM_NAME || '物业客服中心',
        }
      : undefined,
  }
}

/**
 * `ESCALATION_BATCH_SIZE`, read when a scheduled escalation runs. The jobs read it here rather
 * than from `settings`: importing `@/config/settings` from a job module would fix every setting
 * (SMTP among them) when the jobs are first imported — before a test, or a script, has set its
 * environment.
 */
export const escalationBatchSize = (env: Record<string, string | undefined> = process.env) =>
  readSettings(env).escalationBatchSize
