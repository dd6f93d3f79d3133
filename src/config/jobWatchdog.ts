import { readJobSettings } from '@/domain/jobs/watchdog'

/**
 * The job watchdog's settings, read once from the environment (`JOBS_STUCK_AFTER_MINUTES`,
 * `JOBS_KEEP_DAYS`, `JOBS_KEEP_FAILED_DAYS`); a bad value stops the app at start. The watchdog
 * itself, and its run at start (`recoverJobsOnStart`), are in src/jobs/watchdog.ts.
 */
export const jobSettings = readJobSettings(process.env)
