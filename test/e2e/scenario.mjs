// The end-to-end scenario in real Chromium against a running, seeded app (see run.mjs):
// the clerk registers a complaint in the admin and finds it on the dashboard; a guard adds
// entries and hands over; the second guard accepts; the log is locked. Screenshots go to
// test/e2e/screenshots/.
import assert from 'node:assert/strict'
import path from 'node:path'

import { chromium } from 'playwright-core'

const base = process.env.E2E_BASE_URL || 'http://localhost:3107'
const password = process.env.SEED_PASSWORD || 'wuye-demo-2026'
const shots = path.resolve(path.dirname(new URL(import.meta.url).pathname), 'screenshots')
const timeout = Number(process.env.E2E_TIMEOUT_MS || 120_000)

const steps = []
const step = async (name, fn) => {
  const started = Date.now()
  try {
    await fn()
    steps.push(`  ✓ ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`)
    console.log(steps.at(-1))
  } catch (error) {
    console.log(`  ✕ ${name}`)
    throw error
  }
}

export const runScenario = async () => {
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
  const signIn = async (email) => {
    const context = await browser.newContext({
      viewport: { width: 1440, height: 1000 },
      locale: 'zh-CN',
    })
    context.setDefaultTimeout(timeout)
    const page = await context.newPage()
    await page.goto(`${base}/admin/login`)
    await page.fill('input[name="email"]', email)
    await page.fill('input[name="password"]', password)
    await page.click('button[type="submit"]')
    await page.waitForURL((url) => !url.pathname.endsWith('/login'))
    return page
  }
  const api = (page, method, url, data) =>
    page.request.fetch(`${base}/api${url}`, {
      method,
      headers: { Origin: base, 'Content-Type': 'application/json' },
      data: data === undefined ? undefined : JSON.stringify(data),
    })

  try {
    let number
    await step('the clerk registers a complaint in the admin', async () => {
      const clerk = await signIn('cs-clerk@demo.local')
      await clerk.goto(`${base}/admin/collections/complaints/create`)
      await clerk.locator('#field-category .rs__control').click()
      await clerk.locator('.rs__option', { hasText: '装修' }).first().click()
      await clerk.locator('#field-unit .rs__control').click()
      await clerk.keyboard.type('1栋')
      await clerk.locator('.rs__option').first().click()
      await clerk.fill('#field-visitorName', '张先生')
      await clerk.fill('#field-visitorPhone', '13912345678')
      await clerk.locator('[data-lexical-editor="true"]').first().click()
      await clerk.keyboard.type('E2E：楼上装修噪音，晚上十点后仍在施工。')
      await clerk.click('#action-save')
      await clerk.waitForURL(/\/collections\/complaints\/\d+/)
      const id = clerk.url().match(/complaints\/(\d+)/)[1]
      const res = await api(clerk, 'GET', `/complaints/${id}?depth=0`)
      number = (await res.json()).number
      assert.match(number, /^TS-\d{6}-\d{4}$/)
      await clerk.screenshot({ path: `${shots}/complaint-registered.png` })

      await clerk.goto(`${base}/admin`)
      await clerk.getByTestId('today').getByText(number).waitFor()
      await clerk.getByTestId('trend-chart').locator('.recharts-surface').first().waitFor()
      await clerk.screenshot({ path: `${shots}/dashboard-clerk.png`, fullPage: true })
      await clerk.context().close()
    })

    let logId
    await step('a guard adds entries and hands over', async () => {
      const guard = await signIn('security-guard@demo.local')
      await guard.goto(`${base}/admin/shift-logs-board`)
      await guard.getByTestId('shift-board').waitFor()
      const start = guard.getByRole('button', { name: /开始本班/ })
      if (await start.isVisible()) {
        await start.click()
        await guard.getByTestId('entry-form').waitFor()
      }
      const form = guard.getByTestId('entry-form').first()
      await form.locator('select[name="kind"]').selectOption('vehicle')
      await form.locator('input[name="plate"]').fill('粤B·E2E01')
      await form.locator('input[name="text"]').fill('访客车辆进入，3栋')
      await form.getByRole('button', { name: /添加记录/ }).click()
      await guard.getByText('粤B·E2E01').waitFor()
      await form.locator('select[name="kind"]').selectOption('incident')
      await form.locator('select[name="priority"]').selectOption('high')
      await form.locator('input[name="text"]').fill('2栋电梯困人，已通知维修，10分钟解困')
      await form.getByRole('button', { name: /添加记录/ }).click()
      await guard.getByText('2栋电梯困人').waitFor()
      const panel = guard.getByTestId('handover-sign').first()
      await panel.locator('textarea[name="summary"]').fill('本班车辆登记一起，电梯困人已处理。')
      await panel.getByRole('button', { name: /交班签字/ }).click()
      await guard.getByTestId('handover-accept').first().waitFor()
      logId = (
        await guard
          .getByTestId('handover-accept')
          .first()
          .locator('xpath=..')
          .getAttribute('data-testid')
      ).replace('log-', '')
      await guard.screenshot({ path: `${shots}/shift-board-handover.png`, fullPage: true })
      await guard.context().close()
    })

    await step('the next guard accepts; the log is locked', async () => {
      const next = await signIn('security-guard-2@demo.local')
      await next.goto(`${base}/admin/shift-logs-board`)
      const panel = next.getByTestId(`log-${logId}`)
      await panel.getByRole('button', { name: /接班/ }).first().click()
      await panel.waitFor({ state: 'detached' })
      const log = await (await api(next, 'GET', `/shift-logs/${logId}?depth=0`)).json()
      assert.equal(log.status, 'accepted')
      const patch = await api(next, 'PATCH', `/shift-logs/${logId}`, { summary: '改写' })
      assert.equal(patch.status(), 409)
      const again = await (await api(next, 'GET', `/shift-logs/${logId}?depth=0`)).json()
      assert.equal(again.summary, '本班车辆登记一起，电梯困人已处理。')
      await next.screenshot({ path: `${shots}/shift-board-accepted.png`, fullPage: true })
      await next.context().close()
    })

    await step(
      'the manager sees the dashboard and yesterday’s logs awaiting signature',
      async () => {
        const manager = await signIn('site-manager@demo.local')
        await manager.goto(`${base}/admin`)
        await manager.getByTestId('kpi-open').waitFor()
        await manager.screenshot({ path: `${shots}/dashboard-manager.png`, fullPage: true })
        await manager.goto(`${base}/admin/shift-logs-board`)
        await manager.getByTestId('awaiting-review').waitFor()
        await manager.screenshot({ path: `${shots}/shift-board-manager.png`, fullPage: true })
        await manager.context().close()
      },
    )

    await step(
      'the clerk changes her password on her account page, giving the current one',
      async () => {
        const clerk = await signIn('cs-clerk@demo.local')
        const renewed = `${password}-renewed`
        await clerk.goto(`${base}/admin/account`)
        await clerk.locator('#change-password').click()
        await clerk.fill('#field-password', renewed)
        await clerk.fill('#field-confirm-password', renewed)
        // Payload's form sends only the new password; ours asks for the current one as well.
        await clerk.locator('#field-currentPassword').waitFor()
        await clerk.fill('#field-currentPassword', password)
        await clerk.screenshot({ path: `${shots}/account-change-password.png`, fullPage: true })
        await clerk.click('#action-save')
        await clerk
          .locator('.payload-toast-container')
          .getByText(/成功|success/i)
          .first()
          .waitFor()
        const login = async (pwd) =>
          (
            await clerk.request.post(`${base}/api/users/login`, {
              headers: { Origin: base },
              data: { email: 'cs-clerk@demo.local', password: pwd },
            })
          ).status()
        assert.equal(await login(renewed), 200)
        assert.equal(await login(password), 401)
        await clerk.context().close()
      },
    )
  } finally {
    await browser.close()
  }
  return steps.length
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  runScenario()
    .then((n) => console.log(`e2e: ${n} passed`))
    .catch((error) => {
      console.error(error)
      process.exit(1)
    })
}
