/**
 * `npm run seed`: the demo estate on whatever DATABASE_URI points at. Idempotent: a second run
 * creates nothing.
 */
import { getPayload } from 'payload'

import config from '../payload.config'
import { closePayload } from '../src/lib/closePayload'

import { planStaff } from './data'
import { DEFAULT_SEED_PASSWORD, seed } from './seed'

const payload = await getPayload({ config })
const started = Date.now()
try {
  const report = await seed(payload)
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  console.log(
    `Seed: created ${report.users} staff, ${report.units} units, ${report.residents} residents, ${report.complaints} complaints, ${report.workOrders} work orders, ${report.violations} violations, ${report.documents} controlled documents, ${report.shiftLogs} shift logs (${seconds} s).`,
  )
  console.log(
    `Demo logins (password ${process.env.SEED_PASSWORD ? 'from SEED_PASSWORD' : DEFAULT_SEED_PASSWORD}):`,
  )
  for (const member of planStaff()) console.log(`  ${member.email.padEnd(32)} ${member.name}`)
} finally {
  await closePayload(payload)
}
process.exit(0)
