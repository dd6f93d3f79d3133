/**
 * A job worker in a process of its own, for test/integration/jobs.test.ts. Run with
 * `node --conditions=development --import tsx test/helpers/jobWorker.ts <mode>` and the same
 * DATABASE_URI as the test:
 * - `block`: boots Payload with every task's handler replaced by one that prints `RUNNING <id>`
 *   and never returns, claims up to WORKER_LIMIT runnable jobs of every queue, and waits to be
 *   killed (kill -9, as a crash or an out-of-memory kill would stop it);
 * - `start`: boots the app's own configuration (its onInit hands back stuck jobs), prints
 *   `STARTED` and exits.
 */
import type { TaskConfig } from 'payload'
import { buildConfig, getPayload } from 'payload'

import { closePayload } from '../../src/lib/closePayload'
import { createAppConfig } from '../../payload.config'

const mode = process.argv[2]
const base = createAppConfig()

if (mode === 'block') {
  const blocking = (task: TaskConfig): TaskConfig => ({
    ...task,
    handler: async ({ job }) => {
      process.stdout.write(`RUNNING ${job.id}\n`)
      return new Promise(() => undefined)
    },
  })
  const config = await buildConfig({
    ...base,
    jobs: { ...base.jobs, tasks: (base.jobs?.tasks ?? []).map(blocking) },
  })
  const payload = await getPayload({ config })
  setInterval(() => undefined, 60_000) // stay alive until killed
  process.stdout.write('READY\n')
  void payload.jobs.run({ allQueues: true, limit: Number(process.env.WORKER_LIMIT ?? 10) })
} else if (mode === 'start') {
  const payload = await getPayload({ config: await buildConfig(base) })
  process.stdout.write('STARTED\n')
  await closePayload(payload)
  process.exit(0)
} else {
  process.stderr.write(`unknown mode ${mode}\n`)
  process.exit(2)
}
