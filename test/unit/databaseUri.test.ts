import { spawnSync } from 'child_process'

import { DatabaseUriError, parallelWorkers, parseDatabaseUri } from '@/domain/databaseUri'

describe('parseDatabaseUri', () => {
  it.each([
    [undefined, 'sqlite', 'file:./data/app.db'],
    ['', 'sqlite', 'file:./data/app.db'],
    ['file:./tmp/x.db', 'sqlite', 'file:./tmp/x.db'],
    ['postgres://u:p@localhost:5432/db', 'postgres', 'postgres://u:p@localhost:5432/db'],
    ['postgresql://localhost/db', 'postgres', 'postgresql://localhost/db'],
    ['mongodb://localhost:27017/wuye', 'mongodb', 'mongodb://localhost:27017/wuye'],
    ['mongodb+srv://cluster.example/wuye', 'mongodb', 'mongodb+srv://cluster.example/wuye'],
  ])('should read %p as %s', (value, kind, url) => {
    expect(parseDatabaseUri(value)).toMatchObject({ kind, url })
  })

  it.each(['mysql://localhost/db', 'sqlite.db', 'file:', 'http://example.com'])(
    'should refuse %p naming the variable and the accepted forms',
    (value) => {
      expect(() => parseDatabaseUri(value)).toThrow(DatabaseUriError)
      expect(() => parseDatabaseUri(value)).toThrow(/DATABASE_URI=.*postgres:\/\/.*mongodb:\/\//)
    },
  )

  it('should not print a password from the refused value', () => {
    expect(() => parseDatabaseUri('mysql://root:s3cret@localhost/db')).toThrow(/root:\*\*\*@/)
    expect(() => parseDatabaseUri('mysql://root:s3cret@localhost/db')).not.toThrow(/s3cret/)
  })
})

describe('starting with an unknown DATABASE_URI', () => {
  it('should stop the process with one clear line', () => {
    const result = spawnSync(
      process.execPath,
      [
        '--conditions=development',
        '--import',
        'tsx',
        '-e',
        "await import('./payload.config.ts'); console.log('STARTED')",
      ],
      {
        env: { ...process.env, DATABASE_URI: 'mysql://localhost/wuye', NODE_OPTIONS: '' },
        encoding: 'utf8',
        timeout: 90_000,
      },
    )
    expect(result.status).toBe(1)
    expect(result.stdout).not.toContain('STARTED')
    const lines = result.stderr.trim().split('\n')
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/^DATABASE_URI="mysql:\/\/localhost\/wuye" is not supported; use /)
  })
})

describe('parallelWorkers', () => {
  it.each([
    [undefined, 0],
    ['0', 0],
    ['2', 2],
    ['8', 8],
    ['9', 0],
    ['-1', 0],
    ['1.5', 0],
    ['two', 0],
  ])('DATABASE_PARALLEL_WORKERS=%s gives %i', (value, expected) => {
    expect(parallelWorkers({ DATABASE_PARALLEL_WORKERS: value })).toBe(expected)
  })
})
