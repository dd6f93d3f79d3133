#!/usr/bin/env node
// `npm run dev`: creates and seeds the database on first start (idempotent afterwards: a second
// run creates nothing), prints the demo logins, then starts the admin at http://localhost:3000/admin.
import { spawn, spawnSync } from 'node:child_process'

const seed = spawnSync('npm', ['run', '--silent', 'seed'], { stdio: 'inherit', env: process.env })
if (seed.status !== 0) {
  console.error('Seeding the demo estate failed; see the output above.')
  process.exit(seed.status ?? 1)
}
console.log('\nAdmin: http://localhost:3000/admin\n')
const next = spawn('npx', ['next', 'dev', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: process.env,
})
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => next.kill(signal))
next.on('exit', (code) => process.exit(code ?? 0))
