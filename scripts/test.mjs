#!/usr/bin/env node
// `npm test`: unit tests and the integration suite on SQLite; again on PostgreSQL when
// TEST_POSTGRES_URI is set; then the end-to-end scenario in Chromium (test/e2e/run.mjs; skipped
// with a message when /usr/bin/chromium is absent, or when E2E=off). Each jest process runs
// --runInBand (one Payload boot per file at a time). The machine has two cores, so the work runs
// in two lanes at once: SQLite in one, PostgreSQL then the end-to-end scenario in the other
// (TEST_LANES=1 runs them one after another). Each lane's lines are prefixed with its name; the
// last line sums every run: "N passed, N failed".
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import readline from 'node:readline'

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')
const tmp = path.join(root, 'test/.tmp')
fs.mkdirSync(tmp, { recursive: true })
const extraArgs = process.argv.slice(2)

/** One child process, its output prefixed line by line; resolves with its exit status. */
const run = (tag, args, env) =>
  new Promise((resolve) => {
    const child = spawn(process.execPath, args, {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...env, NODE_OPTIONS: '' },
    })
    const lines = []
    for (const stream of [child.stdout, child.stderr]) {
      readline.createInterface({ input: stream }).on('line', (line) => {
        lines.push(line)
        process.stdout.write(`[${tag}] ${line}\n`)
      })
    }
    child.on('close', (status) => resolve({ status: status ?? 1, output: lines.join('\n') }))
  })

/** One jest run over some projects; returns its counts from jest's JSON report. */
const jest = async ({ tag, projects, env }) => {
  const report = path.join(tmp, `jest-${env.TEST_DATABASE ?? 'sqlite'}.json`)
  fs.rmSync(report, { force: true })
  const { status } = await run(
    tag,
    [
      '--experimental-vm-modules',
      path.join(root, 'node_modules/jest/bin/jest.js'),
      '--runInBand',
      '--json',
      `--outputFile=${report}`,
      // Paths first: `--selectProjects` takes every word after it as a project's name.
      ...extraArgs,
      ...projects.flatMap((p) => ['--selectProjects', p]),
    ],
    env,
  )
  let passed = 0
  let failed = 0
  if (fs.existsSync(report)) {
    const json = JSON.parse(fs.readFileSync(report, 'utf8'))
    passed = json.numPassedTests
    failed = json.numFailedTests + json.numRuntimeErrorTestSuites
  } else if (status !== 0) {
    failed = 1
  }
  return { status, passed, failed }
}

const e2e = async () => {
  if (process.env.E2E === 'off' || extraArgs.length > 0) return { status: 0, passed: 0, failed: 0 }
  const { status, output } = await run('e2e', [path.join(root, 'test/e2e/run.mjs')], {})
  const line = /e2e: (\d+) passed, (\d+) failed/.exec(output)
  return {
    status,
    passed: line ? Number(line[1]) : 0,
    failed: line ? Number(line[2]) : status === 0 ? 0 : 1,
  }
}

const sqlite = () => jest({ tag: 'sqlite', projects: ['unit', 'integration'], env: {} })
const postgres = () =>
  jest({ tag: 'postgres', projects: ['integration'], env: { TEST_DATABASE: 'postgres' } })

const started = Date.now()
const lanes = []
if (!process.env.TEST_POSTGRES_URI) {
  console.log('TEST_POSTGRES_URI is not set: the PostgreSQL run is skipped.')
  lanes.push(async () => [await sqlite(), await e2e()])
} else if (process.env.TEST_LANES === '1') {
  lanes.push(async () => [await sqlite(), await postgres(), await e2e()])
} else {
  lanes.push(async () => [await sqlite()])
  lanes.push(async () => [await postgres(), await e2e()])
}
const results = (await Promise.all(lanes.map((lane) => lane()))).flat()
const passed = results.reduce((sum, r) => sum + r.passed, 0)
const failed = results.reduce((sum, r) => sum + r.failed, 0)
const exitCode = results.find((r) => r.status !== 0)?.status ?? 0
console.log(`\nin ${Math.round((Date.now() - started) / 1000)} s`)
console.log(`\n${passed} passed, ${failed} failed`)
process.exit(exitCode || (failed > 0 ? 1 : 0))
