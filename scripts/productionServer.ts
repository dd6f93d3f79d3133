/**
 * The built app served as an operator runs it (`npm start` → scripts/serve.mjs), and plain HTTP
 * to it: shared by the fault script (scripts/faults.ts) and the load benchmark (bench/load.ts).
 */
import { spawn, spawnSync } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

export type Answer = { status: number; body: string; ms: number; error?: string }
/** No answer within the client's limit. */
export const HUNG = -1
/** The connection was refused or cut. */
export const NO_CONNECTION = 0

export type RequestOptions = {
  token?: string
  json?: unknown
  body?: Buffer
  type?: string
  /** Without an answer after this long the request counts as hung (default 15 s). */
  timeoutMs?: number
}

/**
 * `request(method, route, options)` against 127.0.0.1:`port`: a new connection per request (as
 * separate clients would), so that the cluster's round-robin hands requests to every process.
 */
export const requester =
  (port: number) =>
  (
    method: string,
    route: string,
    { token, json, body, type, timeoutMs = 15_000 }: RequestOptions = {},
  ): Promise<Answer> =>
    new Promise((resolve) => {
      const started = performance.now()
      const payload = json !== undefined ? Buffer.from(JSON.stringify(json)) : body
      const headers: Record<string, string> = {}
      if (token) headers.Authorization = `JWT ${token}`
      if (payload) {
        headers['Content-Type'] = json !== undefined ? 'application/json' : (type ?? '')
        headers['Content-Length'] = String(payload.length)
      }
      const req = http.request(
        { host: '127.0.0.1', port, method, path: route, headers, agent: false },
        (res) => {
          const chunks: Buffer[] = []
          res.on('data', (c: Buffer) => chunks.push(c))
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              body: Buffer.concat(chunks).toString('utf8'),
              ms: performance.now() - started,
            }),
          )
          res.on('error', (e) =>
            resolve({
              status: NO_CONNECTION,
              body: '',
              ms: performance.now() - started,
              error: e.message,
            }),
          )
        },
      )
      req.setTimeout(timeoutMs, () => {
        req.destroy()
        resolve({ status: HUNG, body: '', ms: performance.now() - started, error: 'hung' })
      })
      req.on('error', (e) =>
        resolve({
          status: NO_CONNECTION,
          body: '',
          ms: performance.now() - started,
          error: e.message,
        }),
      )
      if (payload) req.write(payload)
      req.end()
    })

export type Server = { proc: ChildProcess; stop: () => Promise<void>; workers: () => number[] }

/**
 * Starts `scripts/serve.mjs` with `processes` processes (WEB_CONCURRENCY) and waits until
 * `/api/health` answers 200 and every process is up. `nodeArgs` go to the node that runs
 * serve.mjs (with one process that is the server itself, e.g. `--cpu-prof`).
 */
export const startProductionServer = async ({
  root,
  port,
  processes,
  env,
  nodeArgs = [],
  stderr = 'inherit',
}: {
  root: string
  port: number
  processes: number
  env: Record<string, string | undefined>
  nodeArgs?: string[]
  stderr?: 'inherit' | 'ignore'
}): Promise<Server> => {
  const request = requester(port)
  const proc = spawn(process.execPath, [...nodeArgs, path.join(root, 'scripts/serve.mjs')], {
    cwd: root,
    env: {
      ...process.env,
      ...env,
      PORT: String(port),
      WEB_CONCURRENCY: String(processes),
    },
    stdio: ['ignore', 'ignore', stderr],
  })
  const workers = () => {
    if (processes === 1) return [proc.pid!]
    const out = spawnSync('ps', ['-o', 'pid=', '--ppid', String(proc.pid)], { encoding: 'utf8' })
    return out.stdout.split('\n').map(Number).filter(Boolean)
  }
  const exited = new Promise((resolve) => proc.once('exit', resolve))
  const deadline = Date.now() + 120_000
  for (;;) {
    const res = await request('GET', '/api/health')
    if (res.status === 200 && workers().length >= processes) break
    if (proc.exitCode !== null) throw new Error(`the server exited (${proc.exitCode})`)
    if (Date.now() > deadline) throw new Error('the server did not start in 2 minutes')
    await sleep(1000)
  }
  const stop = async () => {
    if (proc.exitCode === null && proc.signalCode === null) proc.kill('SIGTERM')
    await exited
  }
  return { proc, stop, workers }
}

/** A process's resident memory in MB (0 once it is gone). */
export const rss = (pid: number) => {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8')
    return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024
  } catch {
    return 0
  }
}

/** CPU seconds (user + system) a process has used so far (0 once it is gone). */
export const cpuSeconds = (pid: number) => {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    // utime and stime are fields 14 and 15 of the whole line (11 and 12 after the name).
    return (Number(fields[11]) + Number(fields[12])) / 100
  } catch {
    return 0
  }
}
