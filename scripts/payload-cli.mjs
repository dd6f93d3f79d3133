#!/usr/bin/env node
// Runs the `payload` CLI with `--conditions=development` in NODE_OPTIONS. Without it, on Node 20
// the CLI can exit 0 having done nothing (Lexical's top-level `await import()`; see STACK-NOTES).
import { spawnSync } from 'node:child_process'

export const runPayload = (args, env = {}) => {
  const nodeOptions = [process.env.NODE_OPTIONS, '--conditions=development']
    .filter(Boolean)
    .join(' ')
  const result = spawnSync('npx', ['payload', ...args], {
    stdio: 'inherit',
    env: { ...process.env, ...env, NODE_OPTIONS: nodeOptions },
  })
  return result.status ?? 1
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exit(runPayload(process.argv.slice(2)))
}
