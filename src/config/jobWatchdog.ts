import type { Payload } from 'payload'
import { createLocalReq } from 'payload'

import { readJobSettings } from '@/domain/jobs/watchdog'
import { recoverStuckJobs } from '@/jobs/watchdog'

/**
 * The job watchdog's settings, read once from the environment (`JOBS_STUCK_AFTER_MINUTES`,
 * `JOBS_KEEP_DAYS`, `JOBS_KEEP_FAILED_DAYS`); a bad value stops the app at start.
 */
export const jobSettings = readJobSettings(process.env)

/**
 * onInit: jobs a stopped worker left `processing` for longer than the limit are handed back at
 * once, in every process that starts. Only those older than the limit: on PostgreSQL another
 * process may be running the younger ones. Never stops the start: before the first migration
 * (`npm run migrate` also boots Payload) the jobs table does not exist yet.
 */
export const recoverJobsOnStart = async (payload: Payload): Promise<void> => {
  if (!(payload.config.jobs.enabled && 'payload-jobs' in payload.collections)) return
  try {
    await recoverStuckJobs(await createLocalReq({}, payload), new Date(), jobSettings)
  } catch (err) {
    payload.logger.warn({ err, msg: 'Could not look for stuck jobs at start' })
  }
}
