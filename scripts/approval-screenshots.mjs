#!/usr/bin/env node
// Screenshots of the approval chain in the admin, from a running app seeded with the demo estate
// (npm run dev): the director's dashboard, a violation waiting for the director's signature, and a
// controlled document with its chain and log. Usage: node scripts/approval-screenshots.mjs [baseURL]
import { chromium } from 'playwright-core'

const base = process.argv[2] || 'http://localhost:3000'
const password = process.env.SEED_PASSWORD || 'wuye-demo-2026'
const out = 'docs/screenshots'

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
})
const page = await (
  await browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'zh-CN' })
).newPage()
await page.goto(`${base}/admin/login`)
await page.fill('input[name="email"]', 'director@demo.local')
await page.fill('input[name="password"]', password)
await page.click('button[type="submit"]')
await page.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: 120_000 })
await page.waitForLoadState('networkidle')
await page.screenshot({ path: `${out}/dashboard-director.png`, fullPage: true })

const api = async (path) =>
  (await page.request.get(`${base}/api${path}`, { headers: { Origin: base } })).json()
const pending = await api('/violations?where[status][equals]=pending-approval&limit=1&depth=0')
await page.goto(`${base}/admin/collections/violations/${pending.docs[0].id}`)
await page.waitForLoadState('networkidle')
// The admin renders fields as they scroll into view: a tall window shows them all.
await page.setViewportSize({ width: 1440, height: 3000 })
await page.waitForTimeout(2500)
await page.screenshot({ path: `${out}/violation-awaiting-director.png`, fullPage: true })

const rules = await api('/archived-documents?where[title][equals]=客户回访制度&limit=1&depth=0')
await page.goto(`${base}/admin/collections/archived-documents/${rules.docs[0].id}`)
await page.waitForLoadState('networkidle')
await page.waitForTimeout(2500)
await page.screenshot({ path: `${out}/document-approved.png`, fullPage: true })
await browser.close()
console.log('screenshots written to', out)
