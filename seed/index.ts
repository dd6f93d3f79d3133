/**
 * `npm run seed`: the demo estate on whatever DATABASE_URI points at. Idempotent: a second run
 * creates nothing. In production it refuses unless run with `--demo` and a strong SEED_PASSWORD
 * (`seedDecision`), before it opens the database: a refusal writes nothing.
 */
import { planStaff } from './data'
import { seedDecision } from './policy'

const decision = seedDecision(process.env, process.argv.slice(2))
if (!decision.ok) {
  process.stderr.write(`${decision.message}\n`)
  process.exit(1)
}

const { getPayload } = await import('payload')
const { default: config } = await import('../payload.config')
const { closePayload } = await import('../src/lib/closePayload')
const { seed } = await import('./seed')

const payload = await getPayload({ config })
const started = Date.now()
try {
  const report = await seed(payload, decision.password)
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  console.log(
    `Seed: created ${report.users} staff, ${report.units} units, ${report.residents} residents, ${report.complaints} complaints, ${report.workOrders} work orders, ${report.violations} violations, ${report.documents} controlled documents, ${report.shiftLogs} shift logs (${seconds} s).`,
  )
  console.log(
    `Demo logins (password ${process.env.SEED_PASSWORD ? 'from SEED_PASSWORD' : decision.password}):`,
  )
  for (const member of planStaff()) console.log(`  ${member.email.padEnd(32)} ${member.name}`)
} finally {
  await closePayload(payload)
}
process.exit(0)
