#!/usr/bin/env node
// `npm test`: unit tests, then the integration suite on SQLite, then again on PostgreSQL when
// TEST_POSTGRES_URI is set, then the end-to-end scenario in Chromium (test/e2e/run.mjs; skipped
// with a message when /usr/bin/chromium is absent, or when E2E=off). One jest process per
// database, --runInBand (2 cores), and a last line "N passed, N failed" summing every run.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')
const tmp = path.join(root, 'test/.tmp')
fs.mkdirSync(tmp, { recursive: true })
const extraArgs = process.argv.slice(2)

const runs = [{ name: 'unit + integration (SQLite)', projects: ['unit', 'integration'], env: {} }]
if (process.env.TEST_POSTGRES_URI) {
  runs.push({
    name: 'integration (PostgreSQL)',
    projects: ['integration'],
    env: { TEST_DATABASE: 'postgres' },
  })
} else {
  console.log('TEST_POSTGRES_URI is not set: the PostgreSQL run is skipped.')
}

let passed = 0
let failed = 0
let exitCode = 0
for (const run of runs) {
  console.log(`\n=== ${run.name} ===`)
  const report = path.join(tmp, `jest-${run.env.TEST_DATABASE ?? 'sqlite'}.json`)
  fs.rmSync(report, { force: true })
  const result = spawnSync(
    process.execPath,
    [
      '--experimental-vm-modules',
      path.join(root, 'node_modules/jest/bin/jest.js'),
      '--runInBand',
      '--json',
      `--outputFile=${report}`,
      ...run.projects.flatMap((p) => ['--selectProjects', p]),
      ...extraArgs,
    ],
    {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, ...run.env, NODE_OPTIONS: '' },
    },
  )
  if (fs.existsSync(report)) {
    const json = JSON.parse(fs.readFileSync(report, 'utf8'))
    passed += json.numPassedTests
    failed += json.numFailedTests + json.numRuntimeErrorTestSuites
  }
  if (result.status !== 0) exitCode = result.status ?? 1
}
if (process.env.E2E !== 'off' && extraArgs.length === 0) {
  console.log('\n=== end-to-end (Chromium) ===')
  const e2e = spawnSync(process.execPath, [path.join(root, 'test/e2e/run.mjs')], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, NODE_OPTIONS: '' },
  })
  process.stdout.write(e2e.stdout ?? '')
  const line = /e2e: (\d+) passed, (\d+) failed/.exec(e2e.stdout ?? '')
  if (line) {
    passed += Number(line[1])
    failed += Number(line[2])
  }
  if (e2e.status !== 0) exitCode = e2e.status ?? 1
}
console.log(`\n${passed} passed, ${failed} failed`)
process.exit(exitCode || (failed > 0 ? 1 : 0))
