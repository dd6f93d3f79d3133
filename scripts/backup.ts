/**
 * `npm run backup -- [--out <dir>] [--keep <n>]`: one archive of the database (a consistent copy,
 * taken while the server runs), the uploads and the issued notices, with a manifest, written to
 * `--out` (default `BACKUP_DIR`, else ./backups). `--keep` deletes the oldest archives beyond n.
 * Run with the server's environment (DATABASE_URI, UPLOAD_DIR). Logic: src/lib/backup/.
 */
import { parseArgs } from 'util'

const { values } = parseArgs({
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  options: { out: { type: 'string' }, keep: { type: 'string' } },
})
const keep = values.keep === undefined ? undefined : Number(values.keep)
if (keep !== undefined && !(Number.isInteger(keep) && keep >= 1)) {
  process.stderr.write('--keep takes a whole number of archives, 1 or more\n')
  process.exit(2)
}

// A backup reads the database as it is: no schema push, no job runner in this process.
process.env.PAYLOAD_MIGRATING = 'true'
process.env.DISABLE_JOB_RUNNER = 'true'

const { getPayload } = await import('payload')
const { default: config } = await import('../payload.config')
const { closePayload } = await import('../src/lib/closePayload')
const { backupDirFromEnv, createBackup, pruneArchives } =
  await import('../src/lib/backup/createBackup')

const outDir = values.out ?? backupDirFromEnv() ?? 'backups'
const payload = await getPayload({ config })
let code = 0
try {
  const { file, bytes, manifest } = await createBackup(payload, { outDir })
  const rows = Object.values(manifest.counts).reduce((sum, n) => sum + n, 0)
  console.log(
    `Backup written: ${file} (${bytes} bytes; ${manifest.database.kind}, ${rows} rows, ` +
      `${Object.keys(manifest.files).length} files, ${manifest.issuedNotices.length} issued notices)`,
  )
  if (keep !== undefined) {
    for (const name of await pruneArchives(outDir, keep)) console.log(`Deleted old backup ${name}`)
  }
} catch (error) {
  process.stderr.write(`Backup failed: ${(error as Error).message}\n`)
  code = 1
} finally {
  await closePayload(payload)
}
process.exit(code)
