import { formatLocal } from '../time'

import { SUGGESTION_CHANNELS } from './workflow'

export type SuggestionSummary = {
  id: number | string
  subject: string
  text: string
  unitCode: string
  residentName?: string | null
  channel?: string | null
  recordedAt?: string | null
}

/** 合理化建议呈报: to the director, who adopts or declines it. */
export const suggestionEmail = (s: SuggestionSummary, timeZone: string) => {
  const channel = SUGGESTION_CHANNELS[s.channel as keyof typeof SUGGESTION_CHANNELS]
  return {
    subject: `【合理化建议】${s.unitCode} ${s.subject} / A suggestion awaits your decision`,
    text: [
      '住户提出一项合理化建议，请决定是否采纳（采纳须制定整改方案）。',
      'A household made a suggestion: please adopt it with a rectification plan, or decline it.',
      '',
      `房号 Unit: ${s.unitCode}${s.residentName ? ` ${s.residentName}` : ''}`,
      `渠道 Channel: ${channel ? `${channel.zh} ${channel.en}` : (s.channel ?? '')}`,
      `登记时间 Recorded: ${formatLocal(s.recordedAt, timeZone)}`,
      '',
      `主题 Subject: ${s.subject}`,
      s.text,
      '',
      `/admin/collections/suggestions/${s.id}`,
    ].join('\n'),
  }
}
