import fs from 'fs'
import path from 'path'

import type { Endpoint, Payload, PayloadRequest, Where } from 'payload'

import {
  EMAIL_QUEUE,
  ESCALATION_QUEUE,
  JOBS_COLLECTION,
  URGENT_EMAIL_QUEUE,
} from '@/contracts/jobs'
import { backupState } from '@/domain/backup'
import { parseDatabaseUri } from '@/domain/databaseUri'
import type { DiskFigures, HealthDetails, PendingJob, QueueDepth } from '@/domain/health'
import { answerHealth, diskFigures, mayReadHealthDetails, oldestPendingJob } from '@/domain/health'
import { backupDirFromEnv, readLastBackup } from '@/lib/backup/createBackup'
import { dialectOf, querySql } from '@/lib/sql'
import { attachmentDir } from '@/lib/storageDirs'
import { slugs } from '@/slugs'

const QUEUES = [URGENT_EMAIL_QUEUE, EMAIL_QUEUE, ESCALATION_QUEUE] as const

/** What Payload's runner picks up: not completed, not failed, not claimed (3.90's own `where`). */
const PENDING: Where[] = [
  { completedAt: { exists: false } },
  { hasError: { not_equals: true } },
  { processing: { equals: false } },
]
const PROCESSING: Where[] = [
  { completedAt: { exists: false } },
  { hasError: { not_equals: true } },
  { processing: { equals: true } },
]
const FAILED: Where[] = [{ hasError: { equals: true } }]

/** A trivial query: the database answers, whatever it holds. */
const probeDatabase = async (payload: Payload): Promise<void> => {
  if (dialectOf(payload) === 'mongoose') {
    // No SQL to send: one row of a small collection (untested here: no MongoDB server).
    await payload.find({
      collection: slugs.users,
      limit: 1,
      depth: 0,
      pagination: false,
      overrideAccess: true,
    })
    return
  }
  await querySql(payload, undefined, (sql) => sql`SELECT 1 AS ok`)
}

/** The folder whose disk fills first: the SQLite file's on SQLite, the uploads' otherwise. */
const dataFolder = (): string => {
  const target = parseDatabaseUri(process.env.DATABASE_URI)
  if (target.kind === 'sqlite') return path.resolve(path.dirname(target.file))
  return path.resolve(attachmentDir())
}

/** Free and total bytes of the disk holding `folder` (its nearest existing parent, if not made yet). */
const readDisk = async (folder: string): Promise<DiskFigures | null> => {
  let existing = folder
  while (!fs.existsSync(existing) && path.dirname(existing) !== existing) {
    existing = path.dirname(existing)
  }
  try {
    return diskFigures(folder, await fs.promises.statfs(existing))
  } catch {
    return null
  }
}

/** The administrator's figures: counts per queue and state, the job waiting longest, the disk. */
const loadDetails = async (req: PayloadRequest): Promise<HealthDetails> => {
  const { payload, user } = req
  const count = async (queue: string, state: Where[]) =>
    (
      await payload.count({
        collection: JOBS_COLLECTION,
        where: { and: [{ queue: { equals: queue } }, ...state] },
        overrideAccess: false,
        user,
        req,
      })
    ).totalDocs
  const queues: Record<string, QueueDepth> = {}
  for (const queue of QUEUES) {
    queues[queue] = {
      pending: await count(queue, PENDING),
      processing: await count(queue, PROCESSING),
      failed: await count(queue, FAILED),
    }
  }
  const now = new Date()
  // Two candidates for the longest wait, in any queue: the oldest job due since it was made, and
  // the one due longest since its `waitUntil`. The domain picks between them.
  const first = async (where: Where[], sort: string): Promise<PendingJob[]> =>
    (
      await payload.find({
        collection: JOBS_COLLECTION,
        where: { and: [...PENDING, ...where] },
        sort,
        limit: 1,
        depth: 0,
        select: { queue: true, taskSlug: true, createdAt: true, waitUntil: true },
        overrideAccess: false,
        user,
        req,
      })
    ).docs as PendingJob[]
  const candidates = [
    ...(await first([{ waitUntil: { exists: false } }], 'createdAt')),
    ...(await first([{ waitUntil: { less_than_equal: now.toISOString() } }], 'waitUntil')),
  ]
  const backupDir = backupDirFromEnv()
  const lastBackup = backupDir ? await readLastBackup(backupDir) : null
  return {
    database: { dialect: dialectOf(payload) },
    queues,
    oldestPendingJob: oldestPendingJob(candidates, now),
    disk: await readDisk(dataFolder()),
    lastBackup,
    backups: backupState(backupDir !== null, lastBackup, now),
  }
}

/**
 * `GET /api/health` — for a load balancer: 200 `{ status: 'up' }` while the database answers,
 * 503 `{ status: 'down' }` when it does not, without a session. An administrator also gets the
 * database's latency, the job queues, the job waiting longest, the free disk and the last backup. The reason for
 * a failure goes to the server's log, never into the answer.
 */
export const getHealth: Endpoint = {
  path: '/health',
  method: 'get',
  handler: async (req) => {
    const logged =
      <T>(what: string, run: () => Promise<T>) =>
      async (): Promise<T> => {
        try {
          return await run()
        } catch (err) {
          req.payload.logger.error({ err }, `health: ${what} failed`)
          throw err
        }
      }
    const { statusCode, body } = await answerHealth({
      probe: logged('database probe', () => probeDatabase(req.payload)),
      detailed: mayReadHealthDetails(req.user),
      loadDetails: logged('reading the figures', () => loadDetails(req)),
    })
    return Response.json(body, {
      status: statusCode,
      headers: { 'Cache-Control': 'no-store' },
    })
  },
}
