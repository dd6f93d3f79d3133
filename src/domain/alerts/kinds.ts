/**
 * Alerts outside email (issue 16): which kinds of alert exist, which kinds of channel carry them,
 * and the robot flavours a group-robot channel speaks. Names only; the rules live beside this file.
 */

/** The alerts an office may also send to a group chat, besides the email that always goes. */
export const ALERT_KINDS = {
  majorComplaint: { zh: '重大投诉', en: 'Major complaints' },
  escalation: { zh: '超时升级', en: 'Escalations' },
  approvalWaiting: { zh: '待审批', en: 'Approvals waiting' },
  handoverRefused: { zh: '交接班拒收', en: 'Handover refusals' },
} as const

export type AlertKind = keyof typeof ALERT_KINDS

export const isAlertKind = (value: unknown): value is AlertKind =>
  typeof value === 'string' && Object.hasOwn(ALERT_KINDS, value)

/**
 * The kinds of channel. One today: a group robot (one HTTPS POST per message). Another kind (an
 * SMS gateway, say) adds its entry here, its fields in the collection and its sender in the job.
 */
export const CHANNEL_KINDS = {
  'group-robot': { zh: '群机器人', en: 'Group robot' },
} as const

export type ChannelKind = keyof typeof CHANNEL_KINDS

/** The group robots whose message shapes and signatures we know. */
export const ROBOT_FLAVOURS = {
  dingtalk: { zh: '钉钉', en: 'DingTalk' },
  wecom: { zh: '企业微信', en: 'WeCom' },
  feishu: { zh: '飞书', en: 'Feishu / Lark' },
} as const

export type RobotFlavour = keyof typeof ROBOT_FLAVOURS

export const MESSAGE_FORMATS = {
  text: { zh: '纯文本', en: 'Text' },
  markdown: { zh: 'Markdown', en: 'Markdown' },
} as const

export type MessageFormat = keyof typeof MESSAGE_FORMATS

export const isRobotFlavour = (value: unknown): value is RobotFlavour =>
  typeof value === 'string' && Object.hasOwn(ROBOT_FLAVOURS, value)

export const isMessageFormat = (value: unknown): value is MessageFormat =>
  typeof value === 'string' && Object.hasOwn(MESSAGE_FORMATS, value)
