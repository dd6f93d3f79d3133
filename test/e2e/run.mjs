#!/usr/bin/env node
// End-to-end run: a scratch SQLite database, seeded with the demo estate; one `next dev` on a free
// port; the scenario in Debian's Chromium; the server stopped. Skipped (exit 0, with a message)
// when /usr/bin/chromium is absent. E2E_BASE_URL runs the scenario against a server already up.
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..')
const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

if (!fs.existsSync(chromium)) {
  console.log(`e2e skipped: ${chromium} is absent (apt-get install -y chromium fonts-noto-cjk)`)
  process.exit(0)
}

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = net.createServer()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })

const waitFor = async (url, ms) => {
  const until = Date.now() + ms
  while (Date.now() < until) {
    try {
      const res = await fetch(url)
      if (res.status < 500) return
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
  throw new Error(`${url} did not answer within ${ms / 1000} s`)
}

let server
let scratch
let exitCode = 0
try {
  let base = process.env.E2E_BASE_URL
  if (!base) {
    const tmp = path.join(root, 'test/.tmp')
    fs.mkdirSync(tmp, { recursive: true })
    const file = path.join(tmp, `e2e_${process.pid}.db`)
    scratch = file
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true })
    const port = Number(process.env.E2E_PORT) || (await freePort())
    // `next dev` answers at localhost (at 127.0.0.1 its page stays blank).
    base = `http://localhost:${port}`
    const env = {
      ...process.env,
      DATABASE_URI: `file:${file}`,
      SERVER_URL: base,
      DISABLE_JOB_RUNNER: 'true',
      NODE_OPTIONS: '',
      NEXT_TELEMETRY_DISABLED: '1',
    }
    console.log('e2e: seeding the demo estate…')
    const seeded = spawnSync(
      process.execPath,
      ['--conditions=development', '--import', 'tsx', 'seed/index.ts'],
      {
        cwd: root,
        env,
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    )
    if (seeded.status !== 0) throw new Error('seeding failed')
    console.log(`e2e: starting the app at ${base}…`)
    server = spawn(
      process.execPath,
      [path.join(root, 'node_modules/next/dist/bin/next'), 'dev', '-p', String(port)],
      {
        cwd: root,
        env,
        stdio: ['ignore', 'ignore', 'inherit'],
        detached: true,
      },
    )
    await waitFor(`${base}/admin/login`, 180_000)
  }
  process.env.E2E_BASE_URL = base
  const { runScenario } = await import('./scenario.mjs')
  const passed = await runScenario()
  console.log(`e2e: ${passed} passed, 0 failed`)
} catch (error) {
  console.error(error)
  console.log('e2e: 0 passed, 1 failed')
  exitCode = 1
} finally {
  // The server and its children, by process group: only what this script started.
  if (server?.pid) {
    try {
      process.kill(-server.pid, 'SIGTERM')
    } catch {
      // already gone
    }
  }
  if (scratch) {
    await new Promise((resolve) => setTimeout(resolve, 1000))
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(scratch + suffix, { force: true })
  }
}
process.exit(exitCode)
