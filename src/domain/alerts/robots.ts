/**
 * What a group robot is sent, and how its answer is read: the message shapes and signatures of
 * DingTalk, WeCom and Feishu custom robots, as their documentation gives them. Pure: the clock
 * comes in as `now`, the network stays in the job (src/jobs/sendRobotAlert.ts).
 */
import { createHmac } from 'crypto'

import type { MessageFormat, RobotFlavour } from './kinds'

/** One alert, as every flavour words it. */
export type AlertMessage = { title: string; text: string }

export type RobotTarget = {
  flavour: RobotFlavour
  format: MessageFormat
  url: string
  /** The signing secret (加签); none: the robot is secured by keyword or IP instead. */
  secret?: string | null
}

export type RobotRequest = { url: string; body: Record<string, unknown> }

/**
 * DingTalk 加签: HMAC-SHA256 keyed with the secret over `timestamp + "\n" + secret`, base64; the
 * timestamp in milliseconds. Both travel as query parameters (`&timestamp=…&sign=…`).
 */
export const dingTalkSign = (secret: string, timestampMs: number): string =>
  createHmac('sha256', secret).update(`${timestampMs}\n${secret}`).digest('base64')

/**
 * Feishu 签名校验: HMAC-SHA256 keyed with `timestamp + "\n" + secret` over an empty message,
 * base64; the timestamp in seconds. Both travel in the JSON body.
 */
export const feishuSign = (secret: string, timestampSeconds: number): string =>
  createHmac('sha256', `${timestampSeconds}\n${secret}`).update('').digest('base64')

/** The text's lines as Markdown paragraphs (robots join single newlines into one line). */
export const markdownBody = (text: string): string =>
  text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => line.trimEnd())
    .join('\n\n')

/** Markdown that every robot renders: the title in bold, then the lines, kept apart. */
export const markdownOf = (message: AlertMessage): string =>
  `**${message.title}**\n\n${markdownBody(message.text)}`

/** Plain text: the title, a blank line, the text. */
export const plainTextOf = (message: AlertMessage): string =>
  `${message.title}\n\n${message.text}`.trim()

const withQuery = (url: string, params: Record<string, string>): string => {
  const parsed = new URL(url)
  for (const [key, value] of Object.entries(params)) parsed.searchParams.set(key, value)
  return parsed.toString()
}

/** The POST a robot of this flavour takes for this message. */
export const robotRequest = (
  target: RobotTarget,
  message: AlertMessage,
  now: Date,
): RobotRequest => {
  const secret = target.secret?.trim() || null
  const markdown = target.format === 'markdown'
  switch (target.flavour) {
    case 'dingtalk': {
      const timestamp = now.getTime()
      return {
        url: secret
          ? withQuery(target.url, {
              timestamp: String(timestamp),
              sign: dingTalkSign(secret, timestamp),
            })
          : target.url,
        body: markdown
          ? { msgtype: 'markdown', markdown: { title: message.title, text: markdownOf(message) } }
          : { msgtype: 'text', text: { content: plainTextOf(message) } },
      }
    }
    case 'wecom':
      // WeCom robots are secured by the key in their URL; they take no signature.
      return {
        url: target.url,
        body: markdown
          ? { msgtype: 'markdown', markdown: { content: markdownOf(message) } }
          : { msgtype: 'text', text: { content: plainTextOf(message) } },
      }
    case 'feishu': {
      const timestamp = Math.floor(now.getTime() / 1000)
      const signature = secret
        ? { timestamp: String(timestamp), sign: feishuSign(secret, timestamp) }
        : {}
      return {
        url: target.url,
        body: markdown
          ? {
              ...signature,
              msg_type: 'interactive',
              card: {
                header: { title: { tag: 'plain_text', content: message.title } },
                elements: [{ tag: 'markdown', content: markdownBody(message.text) }],
              },
            }
          : { ...signature, msg_type: 'text', content: { text: plainTextOf(message) } },
      }
    }
  }
}

export type RobotVerdict = { ok: true } | { ok: false; error: string }

const MAX_ERROR = 300

/**
 * Whether the robot took the message. A status outside 2xx fails; so does an answer whose error
 * code is not 0: `errcode` (DingTalk, WeCom), `code` or `StatusCode` (Feishu). A robot answers
 * 200 with an error code for a bad signature, a missing keyword or a rate limit.
 */
export const robotVerdict = (flavour: RobotFlavour, status: number, body: string): RobotVerdict => {
  const excerpt = body.slice(0, MAX_ERROR)
  if (status < 200 || status > 299) return { ok: false, error: `HTTP ${status}: ${excerpt}` }
  let parsed: unknown
  try {
    parsed = body.trim() === '' ? {} : JSON.parse(body)
  } catch {
    return { ok: false, error: `HTTP ${status}, not JSON: ${excerpt}` }
  }
  const answer = (parsed && typeof parsed === 'object' ? parsed : {}) as Record<string, unknown>
  const codes = flavour === 'feishu' ? [answer.code, answer.StatusCode] : [answer.errcode]
  const failed = codes.find((code) => code !== undefined && code !== null && Number(code) !== 0)
  if (failed !== undefined) {
    const message = answer.errmsg ?? answer.msg ?? answer.StatusMessage ?? ''
    return {
      ok: false,
      error: `error code ${String(failed)}: ${String(message).slice(0, MAX_ERROR)}`,
    }
  }
  return { ok: true }
}
