/**
 * `npm run restore -- <archive> --to <DATABASE_URI> [--uploads <dir>] [--notices <dir>]`:
 * restores a backup into an EMPTY database (a non-empty one is refused, nothing changed) and the
 * uploads and notices into folders where none of its files exist yet (default: the configured
 * UPLOAD_DIR / NOTICE_DIR), then boots Payload on the restored database and checks every count
 * and every issued notice's SHA-256 against the manifest. Prints the checks; exits 1 on any
 * mismatch or refusal. Logic: src/lib/backup/.
 */
import path from 'path'
import { parseArgs } from 'util'

const usage =
  'Usage: npm run restore -- <archive> --to <DATABASE_URI> [--uploads <dir>] [--notices <dir>]\n'
let parsed: ReturnType<typeof parse>
function parse() {
  return parseArgs({
    args: process.argv.slice(2).filter((arg) => arg !== '--'),
    allowPositionals: true,
    options: {
      to: { type: 'string' },
      uploads: { type: 'string' },
      notices: { type: 'string' },
    },
  })
}
try {
  parsed = parse()
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n${usage}`)
  process.exit(2)
}
const { values, positionals } = parsed
if (positionals.length !== 1 || !values.to) {
  process.stderr.write(usage)
  process.exit(2)
}

// The restored app reads its files where they were restored to, and its database as restored:
// no schema push, no job runner in this process.
if (values.uploads) process.env.UPLOAD_DIR = path.resolve(values.uploads)
if (values.notices) process.env.NOTICE_DIR = path.resolve(values.notices)
process.env.PAYLOAD_MIGRATING = 'true'
process.env.DISABLE_JOB_RUNNER = 'true'

const { formatChecks } = await import('../src/domain/backup')
const { attachmentDir, noticeDir } = await import('../src/lib/storageDirs')
const { RestoreRefused, restoreArchive, verifyRestore } =
  await import('../src/lib/backup/restoreBackup')

const uploadsDir = path.resolve(attachmentDir())
const noticesDir = path.resolve(noticeDir())
let manifest
try {
  ;({ manifest } = await restoreArchive({
    archive: path.resolve(positionals[0]),
    to: values.to,
    uploadsDir,
    noticesDir,
  }))
} catch (error) {
  const refused = error instanceof RestoreRefused
  process.stderr.write(
    `${refused ? 'Restore refused' : 'Restore failed'}: ${(error as Error).message}\n`,
  )
  process.exit(1)
}
console.log(
  `Restored a ${manifest.database.kind} backup of ${manifest.createdAt} (app ${manifest.app.version}); uploads in ${uploadsDir}, notices in ${noticesDir}. Verifying…`,
)

process.env.DATABASE_URI = values.to
const { getPayload } = await import('payload')
const { default: config } = await import('../payload.config')
const { closePayload } = await import('../src/lib/closePayload')
const payload = await getPayload({ config })
let code = 0
try {
  const checks = await verifyRestore(payload, manifest, noticesDir)
  console.log(formatChecks(checks))
  const failed = checks.filter((check) => !check.ok).length
  if (failed > 0) {
    process.stderr.write(`Restore verification FAILED: ${failed} mismatch(es)\n`)
    code = 1
  } else {
    console.log(`Restore verified: ${checks.length} checks match the manifest.`)
  }
} finally {
  await closePayload(payload)
}
process.exit(code)
