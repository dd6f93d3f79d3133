/**
 * The survey's pages as plain HTML: one small stylesheet, no script, a `<form method="post">` to
 * the same address. Mobile first (one column, large touch targets, fits a 360-px screen) and
 * readable on a desktop. Pure: an outcome in, a document out. Every value is escaped.
 */
import { RATINGS } from '@/domain/complaints/returnVisits'
import type { SurveyFieldError } from '@/domain/returnVisits/survey'
import {
  SURVEY_TEXT_FIELDS,
  SURVEY_TEXT_MAX,
  asksSolved,
  ratingQuestions,
} from '@/domain/returnVisits/survey'

import type { SurveyOutcome, SurveyView } from './survey'

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}
export const escapeHtml = (value: unknown): string =>
  String(value ?? '').replace(/[&<>"']/g, (c) => ESCAPES[c])

const STYLE = `
*{box-sizing:border-box}
body{margin:0;font-family:-apple-system,"PingFang SC","Noto Sans SC","Microsoft YaHei",sans-serif;
font-size:17px;line-height:1.5;color:#1a1a1a;background:#f4f5f7}
main{max-width:40rem;margin:0 auto;padding:16px}
header{background:#0b6e4f;color:#fff;padding:16px;border-radius:10px;margin-bottom:16px}
header h1{font-size:20px;margin:0 0 4px}
header p{margin:0;font-size:15px;opacity:.95}
.card{background:#fff;border-radius:10px;padding:14px;margin-bottom:12px}
fieldset{border:0;margin:0;padding:0;min-width:0}
legend{font-weight:600;padding:0;margin-bottom:8px}
.choices{display:flex;flex-wrap:wrap;gap:8px}
.choices label{flex:1 1 6.5rem;display:flex;align-items:center;gap:6px;min-height:44px;
padding:8px 10px;border:1px solid #c8ccd2;border-radius:8px;background:#fafbfc}
.choices input{width:20px;height:20px;margin:0}
textarea{width:100%;min-height:6rem;font:inherit;padding:8px;border:1px solid #c8ccd2;
border-radius:8px}
.error{border:2px solid #c62828}
.message{color:#c62828;font-size:15px;margin:6px 0 0}
.summary{background:#fdecea;color:#8a1c1c;border-radius:10px;padding:12px 14px;margin-bottom:12px}
button{width:100%;min-height:48px;font:inherit;font-weight:600;color:#fff;background:#0b6e4f;
border:0;border-radius:10px}
.note{font-size:14px;color:#555}
`

const document = (title: string, body: string) =>
  `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body><main>${body}</main></body>
</html>`

const banner = (view: SurveyView) =>
  `<header><h1>${escapeHtml(view.estate)} · 服务回访</h1><p>${escapeHtml(view.matter)}</p></header>`

const errorFor = (errors: SurveyFieldError[], field: string) =>
  errors.find((e) => e.field === field)

const messageHtml = (error: SurveyFieldError | undefined, id: string) =>
  error ? `<p class="message" id="${id}">${escapeHtml(error.message)}</p>` : ''

const choiceGroup = (
  name: string,
  legend: string,
  choices: Array<[value: string, text: string]>,
  value: string | undefined,
  error: SurveyFieldError | undefined,
) => {
  const messageId = `${name}-message`
  const inputs = choices
    .map(
      ([v, text]) =>
        `<label><input type="radio" name="${escapeHtml(name)}" value="${escapeHtml(v)}"${
          value === v ? ' checked' : ''
        }${error ? ` aria-describedby="${messageId}"` : ''}> ${escapeHtml(text)}</label>`,
    )
    .join('')
  return `<div class="card${error ? ' error' : ''}" data-field="${escapeHtml(name)}"><fieldset><legend>${escapeHtml(
    legend,
  )}</legend><div class="choices">${inputs}</div></fieldset>${messageHtml(error, messageId)}</div>`
}

const RATING_CHOICES = Object.entries(RATINGS).map(
  ([value, l]) => [value, l.zh] as [string, string],
)

/** The questionnaire, with the answers and the refusals of a submission sent back (400). */
const formPage = (
  view: SurveyView,
  errors: SurveyFieldError[] = [],
  values: Record<string, string> = {},
) => {
  const summary =
    errors.length > 0
      ? `<div class="summary" role="alert"><strong>请检查以下内容后再提交：</strong><ul>${errors
          .map((e) => `<li>${escapeHtml(e.message)}</li>`)
          .join('')}</ul></div>`
      : ''
  const ratings = ratingQuestions(view.kind)
    .map((q) => choiceGroup(q.name, q.zh, RATING_CHOICES, values[q.name], errorFor(errors, q.name)))
    .join('')
  const solved = asksSolved(view.kind)
    ? choiceGroup(
        'solved',
        '您反映的问题是否已解决？',
        [
          ['yes', '已解决'],
          ['no', '未解决'],
        ],
        values.solved,
        errorFor(errors, 'solved'),
      )
    : ''
  const texts = Object.entries(SURVEY_TEXT_FIELDS)
    .map(([name, l]) => {
      const error = errorFor(errors, name)
      const messageId = `${name}-message`
      return `<div class="card" data-field="${name}"><label for="${name}"><strong>${escapeHtml(
        l.zh,
      )}</strong>（选填）</label><textarea id="${name}" name="${name}" maxlength="${SURVEY_TEXT_MAX}"${
        error ? ` class="error" aria-describedby="${messageId}"` : ''
      }>${escapeHtml(values[name])}</textarea>${messageHtml(error, messageId)}</div>`
    })
    .join('')
  const body = `${banner(view)}${summary}
<p class="note">请根据您的感受评分：A 满意，B 一般满意，C 不满意。约需 1 分钟，无需登录。本链接 ${escapeHtml(
    view.expiresOn,
  )} 前有效，只能提交一次。</p>
<form method="post" novalidate>${solved}${ratings}${texts}
<button type="submit">提交</button>
</form>`
  return document(`${view.estate} · 服务回访`, body)
}

const notice = (title: string, text: string) =>
  document(title, `<div class="card"><h1>${escapeHtml(title)}</h1><p>${escapeHtml(text)}</p></div>`)

const CLOSED: Record<'expired' | 'used' | 'recorded', [string, string]> = {
  used: [
    '您已提交过本问卷',
    '感谢您的评价！每份问卷只能提交一次，如需补充意见，请联系物业服务中心。',
  ],
  expired: [
    '此问卷链接已过期',
    '感谢您的关注。如您仍有意见或建议，欢迎致电或前往物业服务中心反映。',
  ],
  recorded: ['本次回访已完成', '工作人员已记录了您本次的回访意见，无需再填写。感谢您的支持！'],
}

/** The page of an outcome. */
export const renderSurveyPage = (outcome: SurveyOutcome): string => {
  switch (outcome.page) {
    case 'form':
      return outcome.status === 400
        ? formPage(outcome.view, outcome.errors, outcome.values)
        : formPage(outcome.view)
    case 'thanks':
      return document(
        '感谢您的评价',
        `${banner(outcome.view)}<div class="card"><h1>感谢您的评价！</h1><p>您的意见已提交，我们会认真改进工作。</p></div>`,
      )
    case 'closed':
      return notice(...CLOSED[outcome.reason])
    case 'not-found':
      return notice('找不到此问卷', '链接无效或已被新的链接取代。请核对链接，或联系物业服务中心。')
    case 'busy':
      return notice('请稍后再试', `访问过于频繁，请 ${outcome.retryAfter} 秒后再试。`)
  }
}
