/**
 * Everything the app reads from the environment, read once and in one place. Pure: takes an env
 * object so tests can load it with other values.
 */
export type Settings = {
  serverURL: string
  allowedOrigins: string[]
  graphQLEnabled: boolean
  isProduction: boolean
  secret: string
  uploadMaxBytes: number
  companyName: string
  /** pino level for Payload's logger; tests set `warn` to keep refusals out of the output. */
  logLevel: string
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

const DEV_SECRET = 'dev-only-secret-change-me-in-production-0000'

export const readSettings = (env: Record<string, string | undefined> = process.env): Settings => {
  const isProduction = env.NODE_ENV === 'production'
  const serverURL = (env.SERVER_URL || 'http://localhost:3000').replace(/\/$/, '')
  const extraOrigins = (env.CORS_ORIGINS ?? '')
    .split(',')
    .map((origin) => origin.trim().replace(/\/$/, ''))
    .filter(Boolean)
  const secret = env.PAYLOAD_SECRET || ''
  // `next build` loads the config to collect pages; the secret is needed only to serve.
  const building = env.NEXT_PHASE === 'phase-production-build'
  if (isProduction && !building && secret.length < 32) {
    throw new Error('PAYLOAD_SECRET must be set to at least 32 characters in production.')
  }
  return {
    serverURL,
    allowedOrigins: [...new Set([serverURL, ...extraOrigins])],
    graphQLEnabled: env.ENABLE_GRAPHQL === 'true',
    isProduction,
    secret: secret || DEV_SECRET,
    uploadMaxBytes:
      Number(env.UPLOAD_MAX_BYTES) > 0 ? Number(env.UPLOAD_MAX_BYTES) : 10 * 1024 * 1024,
    companyName: env.COMPANY_NAME || '翠湖物业服务有限公司',
    logLevel: env.LOG_LEVEL || 'info',
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

export const settings = readSettings()
