import { NextRequest } from 'next/server'

import { SURVEY_CONTENT_SECURITY_POLICY } from '@/config/securityHeaders'
import { SURVEY_ASPECT_KEYS } from '@/domain/returnVisits/kinds'
import {
  SURVEY_REFUSAL_STATUS,
  SURVEY_TEXT_MAX,
  isWellFormedToken,
  ratingQuestions,
  surveyExpiry,
  surveyTokenState,
  validateSurveyAnswer,
} from '@/domain/returnVisits/survey'
import { THROTTLE_RULES, throttleKeys } from '@/domain/throttle'
import { escapeHtml, renderSurveyPage } from '@/lib/survey/html'
import { urlLines } from '@/pdf/surveySlip'
import { config as proxyConfig, createProxy } from '@/proxy'

const NOW = new Date('2026-12-02T08:00:00Z')
const DAY = 86_400_000

describe('survey tokens', () => {
  it('should accept only 22 base64url characters: truncated, padded or foreign tokens are not looked up', () => {
    const token = 'aZ09_-'.repeat(3) + 'xY7q'
    expect(token).toHaveLength(22)
    expect(isWellFormedToken(token)).toBe(true)
    expect(isWellFormedToken(token.slice(0, 21))).toBe(false)
    expect(isWellFormedToken(`${token}=`)).toBe(false)
    expect(isWellFormedToken(`${token.slice(0, 21)}/`)).toBe(false)
    expect(isWellFormedToken(`${token.slice(0, 21)}é`)).toBe(false)
    expect(isWellFormedToken(undefined)).toBe(false)
  })

  it('should expire a link the office’s number of days after it was sent, never less than a day', () => {
    expect(surveyExpiry(NOW, 14).getTime() - NOW.getTime()).toBe(14 * DAY)
    expect(surveyExpiry(NOW, 0).getTime() - NOW.getTime()).toBe(DAY)
  })

  it('should say used before recorded before expired, and refuse each with its status', () => {
    const link = { expiresAt: new Date(NOW.getTime() + DAY).toISOString(), usedAt: null }
    expect(surveyTokenState(link, 'scheduled', NOW)).toBe('open')
    expect(surveyTokenState(link, 'done', NOW)).toBe('recorded')
    expect(surveyTokenState(link, 'scheduled', new Date(NOW.getTime() + DAY))).toBe('expired')
    const used = { ...link, usedAt: NOW.toISOString() }
    expect(surveyTokenState(used, 'done', new Date(NOW.getTime() + 2 * DAY))).toBe('used')
    expect(SURVEY_REFUSAL_STATUS).toEqual({ expired: 410, used: 410, recorded: 409 })
  })
})

describe('validateSurveyAnswer', () => {
  const good = {
    solved: 'yes',
    quality: 'A',
    effect: 'B',
    overall: 'C',
    shortcomings: '  慢  ',
    suggestions: '',
    residentWords: '谢谢',
  }

  it('should turn a complete answer into the visit’s fields: written, answered by the resident, texts trimmed', () => {
    expect(validateSurveyAnswer(good, 'complaint')).toEqual({
      ok: true,
      answer: {
        method: 'written',
        answeredBy: 'resident',
        quality: 'A',
        effect: 'B',
        overall: 'C',
        solved: true,
        shortcomings: '慢',
        suggestions: '',
        residentWords: '谢谢',
      },
    })
  })

  it('should name every rating that is missing or outside A/B/C', () => {
    const result = validateSurveyAnswer({ ...good, quality: 'D', overall: undefined }, 'repair')
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors.map((e) => e.field)).toEqual(['quality', 'overall'])
    expect(result.errors[0].message).toContain('A、B 或 C')
  })

  it('should not take a rating from the object’s prototype', () => {
    const result = validateSurveyAnswer({ ...good, overall: 'toString' }, 'complaint')
    expect(result.ok).toBe(false)
  })

  it('should ask whether the problem was solved after a complaint or a repair, and want words when not', () => {
    const noAnswer = validateSurveyAnswer({ ...good, solved: undefined }, 'complaint')
    expect(noAnswer.ok || noAnswer.errors.map((e) => e.field)).toEqual(['solved'])
    const unsolved = validateSurveyAnswer({ ...good, solved: 'no', residentWords: ' ' }, 'repair')
    expect(unsolved.ok || unsolved.errors.map((e) => e.field)).toEqual(['residentWords'])
    const other = validateSurveyAnswer({ ...good, solved: undefined }, 'service')
    expect(other.ok && other.answer.solved).toBe(true)
  })

  it('should refuse texts over 5,000 characters', () => {
    const long = validateSurveyAnswer(
      { ...good, suggestions: 'x'.repeat(SURVEY_TEXT_MAX + 1) },
      'complaint',
    )
    expect(long.ok || long.errors.map((e) => e.field)).toEqual(['suggestions'])
  })

  it('should ask the comprehensive survey’s 13 aspects instead, its overall rating the 综合评议', () => {
    expect(ratingQuestions('survey').map((q) => q.name)).toEqual(
      SURVEY_ASPECT_KEYS.map((k) => `aspect-${k}`),
    )
    const form = Object.fromEntries(SURVEY_ASPECT_KEYS.map((k) => [`aspect-${k}`, 'B']))
    const result = validateSurveyAnswer({ ...form, 'aspect-overall': 'A' }, 'survey')
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.answer.overall).toBe('A')
    expect(result.answer.quality).toBeUndefined()
    expect(Object.keys(result.answer.aspects ?? {})).toHaveLength(13)
    const missing = validateSurveyAnswer({ ...form, 'aspect-parking': '' }, 'survey')
    expect(missing.ok || missing.errors.map((e) => e.field)).toEqual(['aspect-parking'])
  })
})

describe('the survey pages', () => {
  const view = {
    estate: '翡翠湾',
    matter: '您于 2026-11-03 反映的「装修噪音」问题',
    kind: 'complaint' as const,
    expiresOn: '2026-12-16',
  }

  it('should escape everything it prints', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;',
    )
    const html = renderSurveyPage({ status: 200, page: 'form', view: { ...view, estate: '<i>' } })
    expect(html).toContain('&lt;i&gt;')
    expect(html).not.toContain('<i>')
  })

  it('should be one plain form with no script, fit for a phone', () => {
    const html = renderSurveyPage({ status: 200, page: 'form', view })
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">')
    expect(html).toContain('<form method="post" novalidate>')
    expect(html).not.toMatch(/<script|javascript:|\son[a-z]+=/i)
    expect(SURVEY_CONTENT_SECURITY_POLICY).toContain("default-src 'none'")
    expect(SURVEY_CONTENT_SECURITY_POLICY).toContain("form-action 'self'")
    expect(SURVEY_CONTENT_SECURITY_POLICY).not.toContain('script-src')
  })

  it('should give the unknown, the forged and the replaced link one page', () => {
    expect(renderSurveyPage({ status: 404, page: 'not-found' })).toContain('找不到此问卷')
  })
})

describe('the survey’s throttle and slip', () => {
  it('should count survey requests per address, or against everyone without one', () => {
    expect(throttleKeys('survey', { address: '203.0.113.9' })).toEqual([
      { key: 'survey:address:203.0.113.9', rule: THROTTLE_RULES.surveyAddress },
    ])
    expect(throttleKeys('survey', {})).toEqual([
      { key: 'survey:global', rule: THROTTLE_RULES.surveyGlobal },
    ])
  })

  it('should cut the link into lines for the slip without losing a character', () => {
    const url = `https://wuye.example.cn/survey/${'a'.repeat(22)}`
    const lines = urlLines(url, 26)
    expect(lines.every((l) => l.length <= 26)).toBe(true)
    expect(lines.join('')).toBe(url)
  })
})

describe('the proxy in front of the survey pages', () => {
  const proxy = createProxy({
    isProduction: true,
    isDevelopment: false,
    requestMaxBytes: 1024 * 1024,
    uploadMaxBytes: 10 * 1024 * 1024,
  })

  it('should run on the survey pages and give them their script-free policy, no admin nonce or cookie', () => {
    expect(proxyConfig.matcher).toContain('/survey/:path*')
    const response = proxy(new NextRequest(`http://localhost:3000/survey/${'a'.repeat(22)}`))
    expect(response.headers.get('content-security-policy')).toBe(SURVEY_CONTENT_SECURITY_POLICY)
    expect(response.headers.get('set-cookie')).toBeNull()
  })

  it('should refuse an answer over the body limit with 413 before the page reads it', () => {
    const response = proxy(
      new NextRequest(`http://localhost:3000/survey/${'a'.repeat(22)}`, {
        method: 'POST',
        body: 'x',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'content-length': String(2 * 1024 * 1024),
        },
      }),
    )
    expect(response.status).toBe(413)
  })
})
