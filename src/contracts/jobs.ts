/**
 * What the job system and its callers agree on: the queues, the tasks' slugs and what each task
 * takes as input. Names and types only, no code that runs: lib (queueEmail), hooks, endpoints,
 * config and the tasks in src/jobs all import from here, so none of them imports another's
 * implementation to learn a name.
 */
import type { Config } from '@/payload-types'

/** Payload's own collection of queued jobs. */
export const JOBS_COLLECTION = 'payload-jobs'

/** Routine mail: notifications, escalations, notices. */
export const EMAIL_QUEUE = 'emails'

/**
 * Mail that must not wait behind routine mail: the report of a major complaint and the
 * administrators' alert about mail that failed. Its own queue, worked every ten seconds, so a
 * backlog of routine mail (a morning's escalations, a slow mail server) never stands in front of it.
 */
export const URGENT_EMAIL_QUEUE = 'emails-urgent'

/**
 * The scheduled checks (overdue complaints, late work orders, rectifications, loans, follow-ups)
 * and the daily backup.
 */
export const ESCALATION_QUEUE = 'escalations'

/**
 * Alerts to group chats (robots of WeCom, DingTalk, Feishu): worked every ten seconds like urgent
 * mail, in a queue of their own so that a slow robot never holds mail up.
 */
export const ALERT_QUEUE = 'alerts'

export type QueueName =
  typeof EMAIL_QUEUE | typeof URGENT_EMAIL_QUEUE | typeof ESCALATION_QUEUE | typeof ALERT_QUEUE

/** Every task's slug; checked against the tasks Payload generated types for. */
export const TASKS = {
  sendEmail: 'sendEmail',
  sendRobotAlert: 'sendRobotAlert',
  escalateOverdueComplaints: 'escalateOverdueComplaints',
  escalateWorkOrders: 'escalateWorkOrders',
  flagOverdueRectifications: 'flagOverdueRectifications',
  flagOverdueLoans: 'flagOverdueLoans',
  escalateFollowUps: 'escalateFollowUps',
  escalateOverdueVisits: 'escalateOverdueVisits',
  scheduleWeeklyMeeting: 'scheduleWeeklyMeeting',
  backupDatabase: 'backupDatabase',
  refreshMonthFigures: 'refreshMonthFigures',
} as const satisfies { [K in Exclude<keyof Config['jobs']['tasks'], 'inline'>]: K }

export type TaskSlug = (typeof TASKS)[keyof typeof TASKS]

/** An issued notice's PDF, attached by reference: the bytes are read (and checked) when sending. */
export type NoticeAttachment = { issuedNotice: number | string }

/** A special-event visit report, attached by reference: its PDF is drawn when sending. */
export type EventReportAttachment = { eventReport: number | string }

/** The input of `sendEmail`, as `queueEmail` queues it. */
export type EmailInput = {
  to: string[]
  cc?: string[]
  subject: string
  text: string
  attachments?: Array<NoticeAttachment | EventReportAttachment>
  /** `alert`: the administrators' report of failed mail; its own failure raises no new alert. */
  kind?: 'alert'
}

/** The input of `sendRobotAlert`, as `queueRobotAlerts` queues it: the channel by reference. */
export type RobotAlertInput = {
  channel: number | string
  alertKind: string
  title: string
  text: string
}

/** What each task takes. The scheduled checks take nothing: they look at the database. */
export type TaskInputs = {
  sendEmail: EmailInput
  sendRobotAlert: RobotAlertInput
  escalateOverdueComplaints: undefined
  escalateWorkOrders: undefined
  flagOverdueRectifications: undefined
  flagOverdueLoans: undefined
  escalateOverdueVisits: undefined
}
