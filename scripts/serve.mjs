#!/usr/bin/env node
// `npm start`: the production server (after `npm run build`), one Next.js process, or with
// WEB_CONCURRENCY=N on PostgreSQL N processes sharing the port through Node's cluster module.
// Every process serves requests (sessions, throttling counters and uploads live in the database
// and the shared upload folder, so any process answers any request); exactly one of them works
// the job queues, whichever holds the runner's lock in the database (src/jobs/runnerLease.ts).
// A process that dies is started again. SQLite is one process: a second would wait on the
// first's writes, so WEB_CONCURRENCY above 1 is refused there.
import cluster from 'node:cluster'
import { createRequire } from 'node:module'
import os from 'node:os'

const require = createRequire(import.meta.url)
const nextBin = require.resolve('next/dist/bin/next')
const args = ['start', ...process.argv.slice(2)]

const wanted = process.env.WEB_CONCURRENCY ?? '1'
const count = wanted === 'auto' ? os.availableParallelism() : Number(wanted)
if (!Number.isInteger(count) || count < 1) {
  console.error(`WEB_CONCURRENCY must be a whole number of processes or "auto", not "${wanted}".`)
  process.exit(1)
}
const uri = process.env.DATABASE_URI ?? ''
if (count > 1 && !/^postgres(ql)?:\/\//.test(uri)) {
  console.error(
    'WEB_CONCURRENCY above 1 needs PostgreSQL (DATABASE_URI=postgres://…): SQLite is served by one process.',
  )
  process.exit(1)
}

if (count === 1) {
  // One process: Next's own server, as `next start` runs it.
  process.argv = [process.argv[0], nextBin, ...args]
  await import(nextBin)
} else {
  // Each process accepts from the shared socket itself (SCHED_NONE), instead of the primary
  // accepting every connection and handing it on (round robin): a connection handed to a process
  // at the moment it dies was neither served nor closed — the client waited for ever. Now a
  // connection waits in the kernel's queue until a living process takes it.
  // NODE_CLUSTER_SCHED_POLICY=rr (Node's own setting) brings back the round robin.
  if (!process.env.NODE_CLUSTER_SCHED_POLICY) cluster.schedulingPolicy = cluster.SCHED_NONE
  cluster.setupPrimary({ exec: nextBin, args })
  let stopping = false
  const start = () => cluster.fork()
  for (let i = 0; i < count; i++) start()
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) return
    console.error(
      `Server process ${worker.process.pid} stopped (${signal ?? `exit ${code}`}); starting another.`,
    )
    setTimeout(start, 1000)
  })
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      stopping = true
      for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal)
      setTimeout(() => process.exit(0), 10_000).unref()
      cluster.on('exit', () => {
        if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0)
      })
    })
  }
  console.log(`Serving with ${count} processes (pid ${process.pid} supervises).`)
}
