import path from 'path'

import type { TaskConfig } from 'payload'

import { ESCALATION_QUEUE, TASKS } from '@/contracts/jobs'
import { backupDue } from '@/domain/backup'
import {
  backupDirFromEnv,
  createBackup,
  pruneArchives,
  readLastBackup,
} from '@/lib/backup/createBackup'
import { officeSettings } from '@/lib/officeSettings'

/**
 * The daily backup, when `BACKUP_DIR` is set: looked at every five minutes, it runs once the
 * office's clock has passed the backup time (office settings, local time) and no backup has been
 * made since — so a server that was down at that time catches up when it is back. It then keeps
 * the newest `backupKeep` archives and deletes older ones (only files named as our archives).
 * The last success is `last-backup.json` in the folder, which `GET /api/health` reports.
 * A failure fails the job (the watchdog and the jobs list show it); the next look tries again.
 * On SQLite the copy runs on libsql's synchronous driver: the process answers nothing else while
 * `VACUUM INTO` runs (well under a second for an office's database of tens of megabytes).
 */
export const backupDatabaseTask: TaskConfig = {
  slug: TASKS.backupDatabase,
  label: 'Back up the database and files',
  schedule: [{ cron: '*/5 * * * *', queue: ESCALATION_QUEUE }],
  handler: async ({ req }) => {
    const dir = backupDirFromEnv()
    if (!dir) return { output: { due: false } }
    const now = new Date()
    const office = await officeSettings(req)
    const last = await readLastBackup(dir)
    const due = backupDue({
      now,
      timezone: office.timezone,
      backupTime: office.backupTime,
      lastBackupAt: last?.at ?? null,
    })
    if (!due) return { output: { due: false } }
    const { file, bytes } = await createBackup(req.payload, { outDir: dir, now })
    const deleted = await pruneArchives(dir, office.backupKeep)
    return { output: { due: true, file: path.basename(file), bytes, deleted: deleted.length } }
  },
}
