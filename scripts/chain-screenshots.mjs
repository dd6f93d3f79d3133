#!/usr/bin/env node
// Screenshots of the approval chains' view (issue 20) from a running app seeded with the demo
// estate: the general violation chain (with the case waiting at the director's step) and the major
// one (the preview: a major case with ¥2,000 follows it). Usage: node scripts/chain-screenshots.mjs [baseURL]
import { chromium } from 'playwright-core'

const base = process.argv[2] || 'http://localhost:3000'
const password = process.env.SEED_PASSWORD || 'wuye-demo-2026'
const out = 'docs/screenshots'

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
})
const page = await (
  await browser.newContext({ viewport: { width: 1440, height: 1600 }, locale: 'zh-CN' })
).newPage()
// The first request of `npm run dev` compiles the admin: give it time.
page.setDefaultTimeout(600_000)
await page.goto(`${base}/admin/login`)
await page.fill('input[name="email"]', 'director@demo.local')
await page.fill('input[name="password"]', password)
await page.click('button[type="submit"]')
await page.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: 180_000 })
const login = await (
  await fetch(`${base}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: 'director@demo.local', password }),
  })
).json()
const api = async (path) =>
  (await fetch(`${base}/api${path}`, { headers: { Authorization: `JWT ${login.token}` } })).json()
for (const key of ['violation-general', 'violation-major']) {
  const found = await api(`/approval-chains?where[key][equals]=${key}&limit=1&depth=0`)
  await page.goto(`${base}/admin/collections/approval-chains/${found.docs[0].id}`)
  await page.waitForSelector('.chain-view__verdict', { timeout: 180_000 }).catch(() => null)
  await page.waitForTimeout(1500)
  await page.screenshot({ path: `${out}/approval-chain-${key}.png`, fullPage: true })
}
await browser.close()
console.log('screenshots written to', out)
