// The end-to-end scenario in real Chromium against a running, seeded app (see run.mjs):
// the clerk registers a complaint in the admin and finds it on the dashboard; the dispatcher
// dispatches it from its actions panel (a refused deadline is shown on its input); a manager
// opens a violation's panel; a guard adds entries and hands over; the second guard accepts; the
// log is locked; a resident answers a survey link on a 360-px phone. Screenshots go to
// test/e2e/screenshots/.
import assert from 'node:assert/strict'
import path from 'node:path'

import { chromium } from 'playwright-core'

const base = process.env.E2E_BASE_URL || 'http://localhost:3107'
const password = process.env.SEED_PASSWORD || 'wuye-demo-2026'
const shots = path.resolve(path.dirname(new URL(import.meta.url).pathname), 'screenshots')
const timeout = Number(process.env.E2E_TIMEOUT_MS || 120_000)

const steps = []
let openBrowser
const step = async (name, fn) => {
  const started = Date.now()
  try {
    await fn()
    steps.push(`  ✓ ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`)
    console.log(steps.at(-1))
  } catch (error) {
    console.log(`  ✕ ${name}`)
    // What each open page showed when the step failed, for the CI log's reader.
    const pages = openBrowser?.contexts().flatMap((context) => context.pages()) ?? []
    for (const [i, page] of pages.entries()) {
      const file = `${shots}/failed-${i}.png`
      await page.screenshot({ path: file, fullPage: true }).catch(() => {})
      console.log(`    page ${i}: ${page.url()} → ${file}`)
    }
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
  openBrowser = browser
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
  // An action of the workflow panel: its button, then (when it has inputs) its form's submit.
  const takeAction = async (scope, key, fill = async () => {}) => {
    const button = scope.locator(`[data-action="${key}"]`)
    await button.click()
    if ((await button.getAttribute('aria-expanded')) === 'true') {
      const form = scope.getByTestId(`action-form-${key}`)
      await fill(form)
      await form.locator(`[data-submit="${key}"]`).click()
    }
  }
  const localInput = (date) => {
    const pad = (n) => String(n).padStart(2, '0')
    return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`
  }
  const api = (page, method, url, data) =>
    page.request.fetch(`${base}/api${url}`, {
      method,
      headers: { Origin: base, 'Content-Type': 'application/json' },
      data: data === undefined ? undefined : JSON.stringify(data),
    })

  try {
    let number
    let complaintId
    await step('the clerk registers a complaint in the admin', async () => {
      const clerk = await signIn('cs-clerk@demo.local')
      await clerk.goto(`${base}/admin/collections/complaints/create`)
      // The category is picked from the office's list (complaint-categories), stored as its code.
      await clerk.locator('#field-category .rs__control').click()
      await clerk.keyboard.type('装修噪音')
      await clerk.locator('.rs__option', { hasText: 'renovation-noise' }).click()
      await clerk.locator('#field-unit .rs__control').click()
      await clerk.keyboard.type('1栋')
      await clerk.locator('.rs__option').first().click()
      await clerk.fill('#field-visitorName', '张先生')
      await clerk.fill('#field-visitorPhone', '13912345678')
      await clerk.locator('[data-lexical-editor="true"]').first().click()
      await clerk.keyboard.type('E2E：楼上装修噪音，晚上十点后仍在施工。')
      await clerk.click('#action-save')
      await clerk.waitForURL(/\/collections\/complaints\/\d+/).catch(async (error) => {
        await clerk.screenshot({ path: `${shots}/failed-registration.png`, fullPage: true })
        throw error
      })
      const id = clerk.url().match(/complaints\/(\d+)/)[1]
      const res = await api(clerk, 'GET', `/complaints/${id}?depth=0`)
      const stored = await res.json()
      number = stored.number
      assert.match(number, /^TS-\d{6}-\d{4}$/)
      assert.equal(stored.category, 'renovation-noise')
      complaintId = id
      // The panel shows the status and what the server offers the clerk (verify, not dispatch).
      const panel = clerk.getByTestId('workflow-actions')
      await panel.getByTestId('workflow-status').getByText('已登记').waitFor()
      await panel.locator('[data-action="verify"]').waitFor()
      assert.equal(await panel.locator('[data-action="dispatch"]').count(), 0)
      await clerk.screenshot({ path: `${shots}/complaint-registered.png` })

      await clerk.goto(`${base}/admin`)
      await clerk.getByTestId('today').getByText(number).waitFor()
      await clerk.getByTestId('trend-chart').locator('.recharts-surface').first().waitFor()
      await clerk.screenshot({ path: `${shots}/dashboard-clerk.png`, fullPage: true })
      await clerk.context().close()
    })

    await step('the dispatcher dispatches it from the actions panel', async () => {
      const dispatcher = await signIn('dispatcher@demo.local')
      await dispatcher.goto(`${base}/admin/collections/complaints/${complaintId}`)
      const panel = dispatcher.getByTestId('workflow-actions')
      await panel.locator('[data-action="dispatch"]').click()
      const form = panel.getByTestId('action-form-dispatch')
      await form.locator('select[name="department"]').selectOption('customer-service')
      await form.locator('select[name="handler"]').selectOption({ index: 1 })
      // A deadline in the past: the server refuses and names the field, the panel marks it.
      await form
        .locator('input[name="deadline"]')
        .fill(localInput(new Date(Date.now() - 2 * 3_600_000)))
      await form.locator('[data-submit="dispatch"]').click()
      await form.locator('.workflow-input--error input[name="deadline"]').waitFor()
      await panel
        .getByRole('alert')
        .first()
        .getByText(/处理期限/)
        .waitFor()
      await dispatcher.screenshot({ path: `${shots}/complaint-panel-refused.png` })
      await form
        .locator('input[name="deadline"]')
        .fill(localInput(new Date(Date.now() + 48 * 3_600_000)))
      await form.locator('[data-submit="dispatch"]').click()
      await panel.getByTestId('workflow-status').getByText('已派单').waitFor()
      const res = await api(dispatcher, 'GET', `/complaints/${complaintId}?depth=0`)
      assert.equal((await res.json()).status, 'dispatched')
      await dispatcher.screenshot({ path: `${shots}/complaint-dispatched.png` })
      await dispatcher.context().close()
    })

    await step('a manager opens a violation: its actions, notices and print links', async () => {
      const manager = await signIn('site-manager@demo.local')
      const list = await api(
        manager,
        'GET',
        '/violations?depth=0&limit=1&where[status][equals]=open',
      )
      const violation = (await list.json()).docs[0]
      assert.ok(violation, 'a seeded open violation')
      await manager.goto(`${base}/admin/collections/violations/${violation.id}`)
      const panel = manager.getByTestId('workflow-actions')
      await panel.locator('[data-action="record-measure"]').click()
      const form = panel.getByTestId('action-form-record-measure')
      // A required input left empty is named before anything is posted.
      await form.locator('[data-submit="record-measure"]').click()
      await form.locator('.workflow-input--error select[name="measure"]').waitFor()
      await manager.getByText('签发通知 Issue a notice').waitFor()
      await manager.screenshot({ path: `${shots}/violation-panel.png` })
      await manager.context().close()
    })

    let logId
    await step('a guard adds entries and hands over', async () => {
      const guard = await signIn('security-guard@demo.local')
      await guard.goto(`${base}/admin/shift-logs-board`)
      await guard.getByTestId('shift-board').waitFor()
      const start = guard.getByRole('button', { name: /开始本班/ })
      if (await start.isVisible()) {
        await start.click()
      }
      // The entry form shows only where the server offers `add-entry` (a log still being written).
      await guard.getByTestId('entry-form').first().waitFor()
      logId = await guard
        .locator('[data-log-id]', { has: guard.getByTestId('entry-form') })
        .first()
        .getAttribute('data-log-id')
      const log = guard.locator(`[data-log-id="${logId}"]`)
      const form = log.getByTestId('entry-form')
      await form.locator('select[name="kind"]').selectOption('vehicle')
      await form.locator('input[name="plate"]').fill('粤B·E2E01')
      await form.locator('select[name="vehicleClass"]').selectOption('visitor')
      await form.locator('input[name="text"]').fill('访客车辆进入，3栋')
      await form.getByRole('button', { name: /添加记录/ }).click()
      await guard.getByText('粤B·E2E01').waitFor()
      await form.locator('select[name="kind"]').selectOption('incident')
      await form.locator('select[name="priority"]').selectOption('high')
      await form.locator('input[name="text"]').fill('2栋电梯困人，已通知维修，10分钟解困')
      await form.getByRole('button', { name: /添加记录/ }).click()
      await guard.getByText('2栋电梯困人').waitFor()
      await takeAction(log, 'sign', async (sign) => {
        await sign.locator('textarea[name="summary"]').fill('本班车辆登记一起，电梯困人已处理。')
      })
      await log.getByTestId('handover-summary').waitFor()
      // Signed: the person who signed is offered nothing more on this log.
      await log.getByText('等待接班人接收').waitFor()
      await guard.screenshot({ path: `${shots}/shift-board-handover.png`, fullPage: true })
      await guard.context().close()
    })

    await step('the next guard accepts; the log is locked', async () => {
      const next = await signIn('security-guard-2@demo.local')
      await next.goto(`${base}/admin/shift-logs-board`)
      const panel = next.getByTestId(`log-${logId}`)
      await takeAction(panel, 'accept')
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
        // The chart is drawn on the client once its container has a size: wait for its bars.
        await manager
          .getByTestId('trend-chart')
          .locator('.recharts-bar-rectangle')
          .first()
          .waitFor()
        await manager.screenshot({ path: `${shots}/dashboard-manager.png`, fullPage: true })
        await manager.goto(`${base}/admin/shift-logs-board`)
        const review = manager.getByTestId('awaiting-review')
        await review.waitFor()
        // Each log awaiting review offers the manager's review, as the server says.
        if ((await review.locator('[data-testid^="review-"]').count()) > 0) {
          await review.locator('[data-action="review"]').first().waitFor()
        }
        await manager.screenshot({ path: `${shots}/shift-board-manager.png`, fullPage: true })
        await manager.context().close()
      },
    )

    await step(
      'the property manager starts next year’s office calendar from this one',
      async () => {
        const manager = await signIn('property-manager@demo.local')
        await manager.goto(`${base}/admin/globals/office-calendar`)
        const button = manager.getByRole('button', { name: /复制为 \d{4} 年/ })
        await button.waitFor()
        const latest = Number(/从 (\d{4}) 年/.exec(await button.innerText())[1])
        await button.click()
        await manager.getByText(`已建立 ${latest + 1} 年`).waitFor()
        const calendar = await (await api(manager, 'GET', '/globals/office-calendar')).json()
        const next = calendar.years.find((y) => y.year === latest + 1)
        assert.ok(next, `year ${latest + 1} was not created`)
        assert.ok(next.hours.length > 0)
        assert.equal((next.holidays ?? []).length, 0)
        await manager.screenshot({ path: `${shots}/office-calendar-next-year.png`, fullPage: true })
        await manager.context().close()
      },
    )

    await step(
      'a resident answers a survey link on a 360-px phone; the visit is recorded in the admin',
      async () => {
        const manager = await signIn('site-manager@demo.local')
        const found = await (
          await api(
            manager,
            'GET',
            '/return-visits?where[status][equals]=scheduled&limit=1&depth=0',
          )
        ).json()
        const visit = found.docs[0]
        assert.ok(visit, 'the demo estate has no scheduled return visit')
        const sent = await api(manager, 'POST', `/return-visits/${visit.id}/actions/send-survey`)
        assert.equal(sent.status(), 200)
        const { url } = await sent.json()
        assert.match(url, /\/survey\/[A-Za-z0-9_-]{22}$/)

        // The resident's phone: 360 px wide, no session. The layout is measured first; the
        // answer is then given with JavaScript switched off, as the page needs none.
        const phoneOptions = {
          viewport: { width: 360, height: 740 },
          deviceScaleFactor: 2,
          isMobile: true,
          hasTouch: true,
          locale: 'zh-CN',
        }
        const measuring = await browser.newContext(phoneOptions)
        const measured = await measuring.newPage()
        assert.equal((await measured.goto(url)).status(), 200)
        const overflow = await measured.evaluate(
          'document.documentElement.scrollWidth - document.documentElement.clientWidth',
        )
        assert.ok(overflow <= 0, `the page is ${overflow}px wider than the phone`)
        await measuring.close()
        const phone = await browser.newContext({ ...phoneOptions, javaScriptEnabled: false })
        phone.setDefaultTimeout(timeout)
        const page = await phone.newPage()
        const opened = await page.goto(url)
        assert.equal(opened.status(), 200)
        await page.getByText('服务回访').first().waitFor()
        await page.screenshot({ path: `${shots}/survey-phone.png`, fullPage: true })
        if ((await page.locator('input[name="solved"]').count()) > 0) {
          await page.check('input[name="solved"][value="yes"]')
        }
        for (const name of ['quality', 'effect', 'overall']) {
          if ((await page.locator(`input[name="${name}"]`).count()) > 0) {
            await page.check(`input[name="${name}"][value="A"]`)
          }
        }
        for (const input of await page.locator('input[name^="aspect-"][value="A"]').all()) {
          await input.check()
        }
        await page.fill('#residentWords', 'E2E：问题已解决，谢谢。')
        await page.getByRole('button', { name: '提交' }).click()
        await page.getByText('感谢您的评价').first().waitFor()
        await page.screenshot({ path: `${shots}/survey-phone-thanks.png`, fullPage: true })
        await phone.close()

        const stored = await (
          await api(manager, 'GET', `/return-visits/${visit.id}?depth=0`)
        ).json()
        assert.equal(stored.status, 'done')
        assert.equal(stored.method, 'written')
        assert.equal(stored.answeredBy, 'resident')
        assert.equal(stored.residentWords, 'E2E：问题已解决，谢谢。')
        await manager.goto(`${base}/admin/collections/return-visits/${visit.id}`)
        // The visit's form shows the resident's answer as staff would have entered it.
        const words = manager.locator('#field-residentWords')
        await words.waitFor()
        assert.equal(await words.inputValue(), 'E2E：问题已解决，谢谢。')
        await manager.screenshot({ path: `${shots}/survey-recorded-admin.png`, fullPage: true })
        await manager.context().close()
      },
    )

    await step(
      'the property manager imports units from a sheet: dry run, then confirm',
      async () => {
        const manager = await signIn('property-manager@demo.local')
        await manager.goto(`${base}/admin/import`)
        await manager.locator('select[name="kind"]').selectOption('units')
        const sheet = [
          '楼栋,房号,楼层,建筑面积(m²),用途,状态',
          '导入演示栋,101,1,88.5,住宅,已入住',
          '导入演示栋,102,1,90,住宅,空置',
        ].join('\n')
        await manager.locator('input[type="file"][name="file"]').setInputFiles({
          name: '房屋.csv',
          mimeType: 'text/csv',
          buffer: Buffer.from(`\ufeff${sheet}\n`, 'utf8'),
        })
        await manager.getByRole('button', { name: /试导入/ }).click()
        await manager
          .getByText(/新建 2/)
          .first()
          .waitFor()
        await manager.screenshot({ path: `${shots}/import-dry-run.png`, fullPage: true })
        const before = await (
          await api(
            manager,
            'GET',
            `/units?where[building][equals]=${encodeURIComponent('导入演示栋')}&limit=10`,
          )
        ).json()
        assert.equal(before.totalDocs, 0, 'the dry run wrote nothing')
        await manager.getByRole('button', { name: /确认导入/ }).click()
        await manager
          .getByText(/已导入/)
          .first()
          .waitFor()
        await manager.screenshot({ path: `${shots}/import-done.png`, fullPage: true })
        const after = await (
          await api(
            manager,
            'GET',
            `/units?where[building][equals]=${encodeURIComponent('导入演示栋')}&limit=10`,
          )
        ).json()
        assert.equal(after.totalDocs, 2)
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
        // The save's own request, awaited: under CI load the toast alone left a failure unexplained.
        // A click that lands while the form is still settling its state sends nothing; it is
        // clicked again then (and said so), never more than twice.
        const isSave = (r) =>
          r.request().method() === 'PATCH' && /\/api\/users\/\d+/.test(new URL(r.url()).pathname)
        let saved = clerk.waitForResponse(isSave, { timeout: 30_000 })
        await clerk.click('#action-save')
        let response = await saved.catch(() => null)
        if (!response) {
          console.log('    (the first click on 保存 sent no request; clicked again)')
          saved = clerk.waitForResponse(isSave)
          await clerk.click('#action-save')
          response = await saved
        }
        assert.equal(response.status(), 200, await response.text())
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
