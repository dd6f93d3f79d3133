import { spawnSync } from 'child_process'
import fs from 'fs'
import path from 'path'

import { createClient } from '@libsql/client'
import pg from 'pg'

/**
 * The committed migrations build a production database from nothing, on the adapter under test:
 * `npm run migrate` with NODE_ENV=production (no schema push).
 */
describe('committed migrations', () => {
  const dialect = process.env.TEST_DATABASE === 'postgres' ? 'postgres' : 'sqlite'
  let uri: string

  beforeAll(() => {
    if (dialect === 'postgres') {
      const url = new URL(process.env.TEST_POSTGRES_URI as string)
      url.pathname = `/wuye_test_migrations_${process.pid}`
      uri = url.toString()
    } else {
      const file = path.resolve('test/.tmp', `migrations-${process.pid}.db`)
      fs.mkdirSync(path.dirname(file), { recursive: true })
      for (const s of ['', '-wal', '-shm']) fs.rmSync(file + s, { force: true })
      uri = `file:${file}`
    }
  })

  afterAll(async () => {
    if (dialect !== 'postgres') return
    const admin = new URL(uri)
    admin.pathname = '/postgres'
    const client = new pg.Client({ connectionString: admin.toString() })
    await client.connect()
    await client.query(`DROP DATABASE IF EXISTS "${new URL(uri).pathname.slice(1)}" WITH (FORCE)`)
    await client.end()
  })

  const appliedMigrations = async (): Promise<string[]> => {
    if (dialect === 'postgres') {
      const client = new pg.Client({ connectionString: uri })
      await client.connect()
      try {
        const result = await client.query('select name from payload_migrations order by name')
        return result.rows.map((row) => row.name as string)
      } finally {
        await client.end()
      }
    }
    const client = createClient({ url: uri })
    try {
      const result = await client.execute('select name from payload_migrations order by name')
      return result.rows.map((row) => row.name as string)
    } finally {
      client.close()
    }
  }

  it('should apply every migration of this adapter to an empty database', async () => {
    const folder = path.resolve('migrations', dialect)
    const expected = fs
      .readdirSync(folder)
      .filter((f) => /^\d{8}_\d{6}_.+\.ts$/.test(f))
      .map((f) => f.replace(/\.ts$/, ''))
      .sort()
    expect(expected.length).toBeGreaterThan(0)

    const result = spawnSync(process.execPath, ['scripts/migrate.mjs', 'migrate'], {
      encoding: 'utf8',
      timeout: 180_000,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        DATABASE_URI: uri,
        PAYLOAD_SECRET: 'migration-test-secret-0123456789abcdef',
        SERVER_URL: 'https://wuye.example.cn',
        NODE_OPTIONS: '',
      },
    })
    expect(result.stderr).not.toMatch(/error/i)
    expect(result.status).toBe(0)
    expect(await appliedMigrations()).toEqual(expected)
  })
})
