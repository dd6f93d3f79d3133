#!/usr/bin/env node
// Takes the README's screenshots from a running app (npm run dev): the admin as the director and
// a resident's page as a security guard, who must not see phone or ID numbers.
// Usage: node scripts/screenshots.mjs [baseURL]
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
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
})

const signIn = async (email) => {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    locale: 'zh-CN',
  })
  const page = await context.newPage()
  await page.goto(`${base}/admin/login`)
  await page.fill('input[name="email"]', email)
  await page.fill('input[name="password"]', password)
  await page.click('button[type="submit"]')
  await page.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: 60_000 })
  return page
}

const director = await signIn('director@demo.local')
await director.goto(`${base}/admin`)
await director.waitForLoadState('networkidle')
await director.screenshot({ path: `${out}/admin-home.png` })
await director.goto(`${base}/admin/collections/residents`)
await director.waitForLoadState('networkidle')
await director.screenshot({ path: `${out}/residents-list.png` })
await director.goto(`${base}/admin/collections/residents/1`)
await director.waitForLoadState('networkidle')
await director.screenshot({ path: `${out}/resident-director.png` })

const guard = await signIn('security-guard@demo.local')
await guard.goto(`${base}/admin/collections/residents/1`)
await guard.waitForLoadState('networkidle')
await guard.screenshot({ path: `${out}/resident-guard.png` })

const dispatcher = await signIn('dispatcher@demo.local')
await dispatcher.goto(`${base}/admin/collections/complaints`)
await dispatcher.waitForLoadState('networkidle')
await dispatcher.screenshot({ path: `${out}/complaints-list.png` })
const firstOpen = await dispatcher.request.get(
  `${base}/api/complaints?where[status][equals]=registered&limit=1&depth=0`,
  { headers: { Origin: base } },
)
const open = (await firstOpen.json()).docs?.[0]
if (open) {
  await dispatcher.goto(`${base}/admin/collections/complaints/${open.id}`)
  await dispatcher.waitForLoadState('networkidle')
  await dispatcher.screenshot({ path: `${out}/complaint-dispatch.png` })
}

await browser.close()
console.log(`Screenshots written to ${out}/`)
