/**
 * The fault script's people and places (scripts/faults.ts runs this in a child process on the
 * freshly migrated database): one member of staff per role (`<role>@test.local`, the test
 * password), twelve units with a resident each. Prints their ids as one JSON line.
 */
import { getPayload } from 'payload'

import { closePayload } from '../src/lib/closePayload'
import { createResident, createUnit } from '../test/helpers/factories'
import { createStaff } from '../test/helpers/staff'

const { default: config } = await import('../payload.config')
const payload = await getPayload({ config: await config })
await createStaff(payload)
const units: number[] = []
const residents: number[] = []
for (let i = 0; i < 12; i++) {
  const unit = await createUnit(payload, { building: `${(i % 3) + 1}栋`, number: `${100 + i}` })
  units.push(unit.id)
  residents.push((await createResident(payload, { units: [unit.id], name: `住户${i}` })).id)
}
await closePayload(payload)
console.log(JSON.stringify({ units, residents }))
process.exit(0)
