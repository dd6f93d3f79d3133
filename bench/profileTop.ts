/**
 * The top items of a V8 CPU profile (`node --cpu-prof`): self time by function and by package,
 * and total (inclusive) time of the functions on the stack, as markdown. Used by bench/load.ts;
 * `node --import tsx bench/profileTop.ts <file.cpuprofile> [N]` reads one by hand.
 */
import fs from 'node:fs'

type Node = {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
  hitCount?: number
  children?: number[]
}
type Profile = {
  nodes: Node[]
  samples: number[]
  timeDeltas: number[]
  startTime: number
  endTime: number
}

const shortUrl = (url: string) => {
  const nm = url.lastIndexOf('node_modules/')
  if (nm >= 0) return url.slice(nm + 'node_modules/'.length)
  const next = url.indexOf('.next/')
  if (next >= 0) return url.slice(next)
  return url.replace(/^file:\/\//, '').replace(process.cwd() + '/', '')
}

const packageOf = (url: string) => {
  if (!url) return '(native / idle / gc)'
  if (url.startsWith('node:')) return 'node (built-in)'
  const nm = url.lastIndexOf('node_modules/')
  if (nm >= 0) {
    const rest = url.slice(nm + 'node_modules/'.length).split('/')
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]
  }
  if (url.includes('.next/')) return 'the app (.next bundle)'
  return 'other'
}

export const profileTop = (file: string, top = 20) => {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as Profile
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const parent = new Map<number, number>()
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id)
  const key = (n: Node) =>
    `${n.callFrame.functionName || '(anonymous)'} ${shortUrl(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`
  // Time per sample: the delta that follows it.
  const selfMs = new Map<number, number>()
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000
    selfMs.set(id, (selfMs.get(id) ?? 0) + dt)
  })
  const total = [...selfMs.values()].reduce((a, b) => a + b, 0)
  const idle = profile.nodes
    .filter((n) => ['(idle)', '(program)'].includes(n.callFrame.functionName))
    .reduce((s, n) => s + (selfMs.get(n.id) ?? 0), 0)
  const busy = total - idle
  const self = new Map<string, number>()
  const packages = new Map<string, number>()
  const inclusive = new Map<string, number>()
  const stackKeys = new Map<number, Set<string>>()
  const keysOf = (id: number): Set<string> => {
    const known = stackKeys.get(id)
    if (known) return known
    const n = byId.get(id)!
    const up = parent.has(id) ? keysOf(parent.get(id)!) : new Set<string>()
    const keys = new Set(up)
    keys.add(key(n))
    stackKeys.set(id, keys)
    return keys
  }
  for (const [id, ms] of selfMs) {
    const n = byId.get(id)!
    if (['(idle)', '(program)', '(root)'].includes(n.callFrame.functionName)) continue
    self.set(key(n), (self.get(key(n)) ?? 0) + ms)
    const pkg =
      n.callFrame.functionName === '(garbage collector)'
        ? '(garbage collector)'
        : packageOf(n.callFrame.url)
    packages.set(pkg, (packages.get(pkg) ?? 0) + ms)
    for (const k of keysOf(id)) inclusive.set(k, (inclusive.get(k) ?? 0) + ms)
  }
  const pct = (ms: number) => `${((100 * ms) / busy).toFixed(1)} %`
  const rows = (m: Map<string, number>, n: number, filter: (k: string) => boolean = () => true) =>
    [...m.entries()]
      .filter(([k]) => filter(k))
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(
        ([k, ms]) =>
          `| \`${k.replace(/\|/g, '\\|')}\` | ${(ms / 1000).toFixed(1)} s | ${pct(ms)} |`,
      )
  // The app's own files (in a tsx run: src/…; in the production bundle: minified chunks).
  const appCode = (k: string) => / (src|seed|bench)\/|payload\.config|\.next\//.test(k)
  return [
    `Profile ${file}: ${((profile.endTime - profile.startTime) / 1e6).toFixed(0)} s, busy ${(busy / 1000).toFixed(1)} s (idle ${(idle / 1000).toFixed(1)} s).`,
    '',
    '| package (self time) | time | of busy |',
    '|---|---|---|',
    ...rows(packages, 12),
    '',
    '| function (self time) | time | of busy |',
    '|---|---|---|',
    ...rows(self, top),
    '',
    '| function of the app (total time, callees included) | time | of busy |',
    '|---|---|---|',
    ...rows(inclusive, top, appCode),
    '',
  ].join('\n')
}

if (process.argv[1]?.endsWith('profileTop.ts') && process.argv[2]) {
  console.log(profileTop(process.argv[2], Number(process.argv[3] ?? 25)))
}
