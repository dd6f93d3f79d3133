#!/usr/bin/env node
// CI: the committed payload-types.ts and admin import map must match the configuration.
import { spawnSync } from 'node:child_process'

import { runPayload } from './payload-cli.mjs'

const files = ['src/payload-types.ts', 'src/app/(payload)/admin/importMap.js']
for (const command of ['generate:types', 'generate:importmap']) {
  if (runPayload([command]) !== 0) process.exit(1)
}
spawnSync('npx', ['prettier', '--write', 'src/payload-types.ts'], { stdio: 'ignore' })
const diff = spawnSync('git', ['diff', '--exit-code', '--stat', '--', ...files], {
  stdio: 'inherit',
})
if (diff.status !== 0) {
  console.error(
    'Generated files are stale: run npm run generate:types and generate:importmap, then commit.',
  )
  process.exit(1)
}
console.log('Generated files match the configuration.')
