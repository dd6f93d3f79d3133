import { passwordProblem } from '../src/domain/passwordPolicy'

import { DEFAULT_SEED_PASSWORD } from './seed'

/** Every demo account shares it: longer than the office's own minimum. */
export const SEED_PASSWORD_MIN_LENGTH = 16

export type SeedDecision = { ok: true; password: string } | { ok: false; message: string }

/**
 * Whether `npm run seed` may run, and with which password. Outside production it seeds the demo
 * estate as always (`SEED_PASSWORD` or the published demo password). In production it refuses
 * unless asked for demo data with `--demo`, and then only with a strong `SEED_PASSWORD` of its
 * own: the published one would open every role to anyone who has read the README.
 */
export const seedDecision = (
  env: Record<string, string | undefined>,
  argv: readonly string[],
): SeedDecision => {
  if (env.NODE_ENV !== 'production') {
    return { ok: true, password: env.SEED_PASSWORD || DEFAULT_SEED_PASSWORD }
  }
  if (!argv.includes('--demo')) {
    return {
      ok: false,
      message: [
        'npm run seed refuses to run in production: it creates demo staff for every role.',
        'To create the first administrator: npm run create-admin -- <email>',
        'For demo data on purpose: SEED_PASSWORD=<a strong password> npm run seed -- --demo',
        '生产环境不运行演示数据。创建首个管理员：npm run create-admin -- <邮箱>',
      ].join('\n'),
    }
  }
  const password = env.SEED_PASSWORD ?? ''
  if (!password) {
    return { ok: false, message: 'npm run seed -- --demo in production needs SEED_PASSWORD.' }
  }
  if (password === DEFAULT_SEED_PASSWORD) {
    return {
      ok: false,
      message: 'SEED_PASSWORD must not be the published demo password in production.',
    }
  }
  const problem =
    [...password].length < SEED_PASSWORD_MIN_LENGTH
      ? `SEED_PASSWORD must be at least ${SEED_PASSWORD_MIN_LENGTH} characters in production.`
      : passwordProblem(password)
  return problem ? { ok: false, message: problem } : { ok: true, password }
}
