import { webcrypto } from 'crypto'

import { failedRobotAlertDigest, failedRobotAlertOf } from '@/domain/alerts/failures'
import {
  dingTalkSign,
  feishuSign,
  markdownOf,
  robotRequest,
  robotVerdict,
} from '@/domain/alerts/robots'
import { checkResolvedAddresses, checkRobotUrl, isNonPublicAddress } from '@/domain/alerts/url'

const now = new Date('2026-12-02T03:00:00.000Z')
const SECRET = 'SEC0123456789abcdef'
const message = {
  title: '【重大投诉】TS-202612-0001',
  text: '单元 5栋-502\n类别 电梯困人\n\n请立即处理',
}

/** HMAC-SHA256 → base64 through Web Crypto: a second implementation to check ours against. */
const hmac = async (key: string, data: string) => {
  const k = await webcrypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(key),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  )
  const signature = await webcrypto.subtle.sign('HMAC', k, new TextEncoder().encode(data))
  return Buffer.from(signature).toString('base64')
}

describe('signatures', () => {
  it('should sign DingTalk as HMAC-SHA256(secret, timestamp\\nsecret) in base64', async () => {
    const ts = now.getTime()
    expect(dingTalkSign(SECRET, ts)).toBe(await hmac(SECRET, `${ts}\n${SECRET}`))
  })

  it('should sign Feishu as HMAC-SHA256 keyed with timestamp\\nsecret over nothing', async () => {
    const ts = Math.floor(now.getTime() / 1000)
    expect(feishuSign(SECRET, ts)).toBe(await hmac(`${ts}\n${SECRET}`, ''))
  })

  it('should put DingTalk’s timestamp (ms) and URL-encoded sign in the query, keeping the token', async () => {
    const req = robotRequest(
      {
        flavour: 'dingtalk',
        format: 'text',
        url: 'https://oapi.dingtalk.com/robot/send?access_token=abc',
        secret: SECRET,
      },
      message,
      now,
    )
    const url = new URL(req.url)
    expect(url.searchParams.get('access_token')).toBe('abc')
    expect(url.searchParams.get('timestamp')).toBe(String(now.getTime()))
    expect(url.searchParams.get('sign')).toBe(await hmac(SECRET, `${now.getTime()}\n${SECRET}`))
    // base64's + / = are percent-encoded in the query string.
    expect(req.url).not.toMatch(/sign=[^&]*[+/=]/)
  })

  it('should leave the URL alone without a secret (keyword-secured robots)', () => {
    const url = 'https://oapi.dingtalk.com/robot/send?access_token=abc'
    expect(
      robotRequest({ flavour: 'dingtalk', format: 'text', url, secret: ' ' }, message, now).url,
    ).toBe(url)
  })

  it('should put Feishu’s timestamp (seconds) and sign in the body', async () => {
    const req = robotRequest(
      {
        flavour: 'feishu',
        format: 'text',
        url: 'https://open.feishu.cn/open-apis/bot/v2/hook/x',
        secret: SECRET,
      },
      message,
      now,
    )
    const ts = Math.floor(now.getTime() / 1000)
    expect(req.url).toBe('https://open.feishu.cn/open-apis/bot/v2/hook/x')
    expect(req.body).toMatchObject({
      timestamp: String(ts),
      sign: await hmac(`${ts}\n${SECRET}`, ''),
    })
  })
})

describe('message shapes', () => {
  const url = 'https://robot.example.com/hook'
  const shape = (flavour: 'dingtalk' | 'wecom' | 'feishu', format: 'text' | 'markdown') =>
    robotRequest({ flavour, format, url }, message, now).body

  it('should send DingTalk text and markdown', () => {
    expect(shape('dingtalk', 'text')).toEqual({
      msgtype: 'text',
      text: { content: `${message.title}\n\n${message.text}` },
    })
    expect(shape('dingtalk', 'markdown')).toEqual({
      msgtype: 'markdown',
      markdown: { title: message.title, text: markdownOf(message) },
    })
  })

  it('should send WeCom text and markdown, unsigned', () => {
    expect(shape('wecom', 'text')).toEqual({
      msgtype: 'text',
      text: { content: `${message.title}\n\n${message.text}` },
    })
    expect(shape('wecom', 'markdown')).toEqual({
      msgtype: 'markdown',
      markdown: { content: markdownOf(message) },
    })
    const signed = robotRequest(
      { flavour: 'wecom', format: 'text', url, secret: SECRET },
      message,
      now,
    )
    expect(signed.url).toBe(url)
    expect(signed.body).not.toHaveProperty('sign')
  })

  it('should send Feishu text and an interactive card for markdown', () => {
    expect(shape('feishu', 'text')).toEqual({
      msg_type: 'text',
      content: { text: `${message.title}\n\n${message.text}` },
    })
    expect(shape('feishu', 'markdown')).toEqual({
      msg_type: 'interactive',
      card: {
        header: { title: { tag: 'plain_text', content: message.title } },
        elements: [{ tag: 'markdown', content: '单元 5栋-502\n\n类别 电梯困人\n\n请立即处理' }],
      },
    })
  })

  it('should keep the lines apart in markdown and drop blank ones', () => {
    expect(markdownOf(message)).toBe(
      '**【重大投诉】TS-202612-0001**\n\n单元 5栋-502\n\n类别 电梯困人\n\n请立即处理',
    )
  })
})

describe('the robot’s answer', () => {
  it.each([
    ['dingtalk', 200, '{"errcode":0,"errmsg":"ok"}', true],
    ['dingtalk', 200, '{"errcode":310000,"errmsg":"sign not match"}', false],
    ['wecom', 200, '{"errcode":0,"errmsg":"ok"}', true],
    ['wecom', 200, '{"errcode":93000,"errmsg":"invalid webhook url"}', false],
    ['feishu', 200, '{"code":0,"msg":"success","data":{}}', true],
    ['feishu', 200, '{"StatusCode":0,"StatusMessage":"success"}', true],
    [
      'feishu',
      200,
      '{"code":19021,"msg":"sign match fail or timestamp is not within one hour"}',
      false,
    ],
    ['dingtalk', 500, '{"errcode":0}', false],
    ['dingtalk', 302, '', false],
    ['wecom', 200, '<html>gateway</html>', false],
    ['dingtalk', 204, '', true],
  ] as const)('%s %i %s → ok %s', (flavour, status, body, ok) => {
    const verdict = robotVerdict(flavour, status, body)
    expect(verdict.ok).toBe(ok)
    if (!verdict.ok) expect(verdict.error.length).toBeGreaterThan(0)
  })

  it('should name the code and the robot’s message in the error', () => {
    expect(robotVerdict('dingtalk', 200, '{"errcode":310000,"errmsg":"sign not match"}')).toEqual({
      ok: false,
      error: 'error code 310000: sign not match',
    })
    expect(robotVerdict('wecom', 500, 'down')).toEqual({ ok: false, error: 'HTTP 500: down' })
  })
})

describe('robot URLs', () => {
  it.each([
    'https://oapi.dingtalk.com/robot/send?access_token=abc',
    'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=abc',
    'https://open.feishu.cn/open-apis/bot/v2/hook/abc',
    'https://8.8.8.8/hook',
    'https://[2606:4700::1111]/hook',
  ])('should accept %s', (url) => {
    expect(checkRobotUrl(url).ok).toBe(true)
  })

  it.each([
    ['', 'required'],
    ['not a url', 'valid URL'],
    ['ftp://robot.example.com/x', 'https'],
    ['http://oapi.dingtalk.com/robot/send', 'https'],
    ['https://user:pw@robot.example.com/', 'user name'],
    ['https://localhost/hook', 'not public'],
    ['https://robot.localhost/hook', 'not public'],
    ['https://nas.local/hook', 'not public'],
    ['https://router/hook', 'not public'],
    ['https://127.0.0.1/hook', 'not public'],
    ['https://127.1/hook', 'not public'],
    ['https://2130706433/hook', 'not public'],
    ['https://0x7f000001/hook', 'not public'],
    ['https://10.1.2.3/hook', 'not public'],
    ['https://172.16.0.1/hook', 'not public'],
    ['https://172.31.255.255/hook', 'not public'],
    ['https://192.168.1.1/hook', 'not public'],
    ['https://169.254.169.254/latest/meta-data', 'not public'],
    ['https://100.64.0.1/hook', 'not public'],
    ['https://0.0.0.0/hook', 'not public'],
    ['https://[::1]/hook', 'not public'],
    ['https://[::]/hook', 'not public'],
    ['https://[fd00::1]/hook', 'not public'],
    ['https://[fe80::1]/hook', 'not public'],
    ['https://[::ffff:192.168.0.1]/hook', 'not public'],
    ['https://[::ffff:7f00:1]/hook', 'not public'],
  ])('should refuse %s (%s)', (url, reason) => {
    const verdict = checkRobotUrl(url)
    expect(verdict.ok).toBe(false)
    if (!verdict.ok) expect(verdict.reason.en).toContain(reason)
  })

  it('should refuse a URL over 2048 characters', () => {
    const verdict = checkRobotUrl(`https://robot.example.com/${'x'.repeat(2100)}`)
    expect(verdict.ok || verdict.reason.en).toContain('too long')
  })

  it('should accept 172.32.x and 11.x: outside the private ranges', () => {
    expect(checkRobotUrl('https://172.32.0.1/').ok).toBe(true)
    expect(checkRobotUrl('https://11.0.0.1/').ok).toBe(true)
  })

  it('should let an allow-listed host be http or private, by name or with its port', () => {
    expect(checkRobotUrl('http://127.0.0.1:5678/robot', ['127.0.0.1'])).toMatchObject({
      ok: true,
      allowListed: true,
    })
    expect(checkRobotUrl('http://127.0.0.1:5678/robot', ['127.0.0.1:5678']).ok).toBe(true)
    expect(checkRobotUrl('http://127.0.0.1:5679/robot', ['127.0.0.1:5678']).ok).toBe(false)
    expect(checkRobotUrl('http://Robot.Office.Lan/x', [' robot.office.lan ']).ok).toBe(true)
    expect(checkRobotUrl('http://[::1]:80/x', ['[::1]']).ok).toBe(true)
    // Another host is still held to the rules.
    expect(checkRobotUrl('http://10.0.0.9/x', ['10.0.0.5']).ok).toBe(false)
  })

  it('should refuse a public name that resolves inside, unless allow-listed', () => {
    expect(checkResolvedAddresses(['93.184.216.34'], false)).toBeNull()
    expect(checkResolvedAddresses(['93.184.216.34', '10.0.0.1'], false)?.en).toContain('10.0.0.1')
    expect(checkResolvedAddresses(['10.0.0.1'], true)).toBeNull()
    expect(isNonPublicAddress('::ffff:10.0.0.1')).toBe(true)
    expect(isNonPublicAddress('64:ff9b::a00:1')).toBe(true)
    expect(isNonPublicAddress('2001:db8::1')).toBe(true)
    expect(isNonPublicAddress('2400:cb00::1')).toBe(false)
  })
})

describe('failed robot alerts', () => {
  it('should list each failure with its kind, title, tries and error', () => {
    const failed = failedRobotAlertOf({
      id: 7,
      input: { channel: 3, alertKind: 'majorComplaint', title: message.title, text: 'x' },
      error: { message: 'Channel 3 (值班群): HTTP 500: down' },
      totalTried: 5,
      updatedAt: now.toISOString(),
    })
    expect(failed).toEqual({
      id: 7,
      channel: '3',
      kind: '重大投诉 / Major complaints',
      title: message.title,
      attempts: 5,
      error: 'Channel 3 (值班群): HTTP 500: down',
      failedAt: now.toISOString(),
    })
    const digest = failedRobotAlertDigest([failed])
    expect(digest.subject).toContain('1')
    expect(digest.text).toContain(message.title)
    expect(digest.text).toContain('HTTP 500')
  })
})
