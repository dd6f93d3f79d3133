#!/usr/bin/env node
// Migrations, one folder per adapter (migrations/sqlite, migrations/postgres): a SQLite migration
// does not run on PostgreSQL.
//   npm run migrate                   apply pending migrations to DATABASE_URI
//   npm run migrate:create -- <name>  write a migration for SQLite and for PostgreSQL
//   npm run migrate:check             fail if the schema changed without a migration (CI)
// Each command checks that the CLI had its effect: on Node 20 it can exit 0 having done nothing.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')
const postgresBase =
  process.env.MIGRATE_POSTGRES_URI ||
  process.env.TEST_POSTGRES_URI ||
  'postgres://postgres@127.0.0.1:5432/postgres'

const cli = (args, env) => {
  const nodeOptions = [process.env.NODE_OPTIONS, '--conditions=development']
    .filter(Boolean)
    .join(' ')
  const result = spawnSync('npx', ['payload', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ...env, NODE_OPTIONS: nodeOptions },
  })
  process.stdout.write(result.stdout ?? '')
  process.stderr.write(result.stderr ?? '')
  return { status: result.status ?? 1, output: `${result.stdout}${result.stderr}` }
}

/** Scratch databases for generating migrations: the CLI needs an adapter of each kind. */
const targets = () => {
  const sqliteFile = path.join(os.tmpdir(), `wuye-migrate-${process.pid}.db`)
  const pg = new URL(postgresBase)
  pg.pathname = `/wuye_migrate_${process.pid}`
  return [
    { name: 'sqlite', uri: `file:${sqliteFile}` },
    { name: 'postgres', uri: pg.toString() },
  ]
}

const filesIn = (folder) =>
  new Set(fs.existsSync(folder) ? fs.readdirSync(folder).filter((f) => f.endsWith('.ts')) : [])

const [command = 'migrate', ...rest] = process.argv.slice(2)

if (command === 'migrate') {
  // Try again if the CLI exited without saying it finished (the Node 20 flake).
  for (let attempt = 1; attempt <= 3; attempt++) {
    const { status, output } = cli(['migrate'], {})
    if (status !== 0) process.exit(status)
    if (/Done\.|No migrations to run/.test(output)) process.exit(0)
    console.error(`payload migrate said nothing of its work (attempt ${attempt}); trying again.`)
  }
  process.exit(1)
}

if (command === 'create' || command === 'check') {
  const name = command === 'check' ? 'schema_drift_check' : rest[0]
  if (!name) {
    console.error('Usage: npm run migrate:create -- <name>')
    process.exit(2)
  }
  let drift = []
  for (const target of targets()) {
    const folder = path.join(root, 'migrations', target.name)
    const before = filesIn(folder)
    const args = ['migrate:create', name, ...(command === 'check' ? ['--skip-empty'] : [])]
    const { status, output } = cli(args, { DATABASE_URI: target.uri })
    if (status !== 0 || !/Done\.|generating UP statements|No schema changes/i.test(output)) {
      console.error(`migrate:create did not run for ${target.name}`)
      process.exit(status || 1)
    }
    const added = [...filesIn(folder)].filter((f) => !before.has(f))
    if (command === 'create' && added.length === 0) {
      console.error(`no migration was written for ${target.name}`)
      process.exit(1)
    }
    if (command === 'check' && added.length > 0) {
      drift.push(target.name)
      for (const file of added) {
        fs.rmSync(path.join(folder, file))
        fs.rmSync(path.join(folder, file.replace(/\.ts$/, '.json')), { force: true })
      }
      // Put the folder's index back as it was.
      spawnSync('git', ['checkout', '--', path.join('migrations', target.name, 'index.ts')], {
        cwd: root,
      })
    }
  }
  if (drift.length > 0) {
    console.error(
      `The schema changed without a migration (${drift.join(', ')}): run npm run migrate:create -- <name>.`,
    )
    process.exit(1)
  }
  console.log(command === 'check' ? 'Migrations match the schema.' : 'Migrations written.')
  process.exit(0)
}

console.error(`Unknown command ${command}`)
process.exit(2)
