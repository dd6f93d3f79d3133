/**
 * Robot alerts that failed every retry, as the administrators are told of them: in a digest
 * email from the job watchdog and on the dashboard's jobs panel, beside mail that was not sent.
 */
import { ALERT_KINDS, isAlertKind } from './kinds'

export type FailedRobotAlert = {
  id: number | string
  channel: string
  /** The kind of alert, in words (重大投诉 / Major complaints). */
  kind: string
  title: string
  attempts: number
  error: string
  failedAt: string
}

/** A failed `sendRobotAlert` job, as the digest and the dashboard list it. */
export const failedRobotAlertOf = (job: {
  id: number | string
  input?: unknown
  error?: unknown
  totalTried?: number | null
  updatedAt: string
}): FailedRobotAlert => {
  const input = (job.input ?? {}) as { channel?: unknown; alertKind?: unknown; title?: unknown }
  const error = (job.error ?? {}) as { message?: unknown }
  const kind = isAlertKind(input.alertKind)
    ? `${ALERT_KINDS[input.alertKind].zh} / ${ALERT_KINDS[input.alertKind].en}`
    : String(input.alertKind ?? '')
  return {
    id: job.id,
    channel: String(input.channel ?? ''),
    kind,
    title: String(input.title ?? ''),
    attempts: job.totalTried ?? 0,
    error: String(error.message ?? ''),
    failedAt: job.updatedAt,
  }
}

/** The administrators' email listing robot alerts that could not be posted after every retry. */
export const failedRobotAlertDigest = (
  failed: FailedRobotAlert[],
): { subject: string; text: string } => ({
  subject: `【群机器人提醒失败】${failed.length} 条提醒未能发出 / ${failed.length} robot alert(s) could not be posted`,
  text: [
    `以下群机器人提醒经多次重试仍未能发出（邮件提醒不受影响），请检查“提醒渠道”的地址和密钥，并在工作台“后台任务”中查看。`,
    `The following robot alerts could not be posted after every retry (their email went as usual).`,
    `Check the alert channels' URL and secret; the dashboard's "Background jobs" panel lists them.`,
    '',
    ...failed.map(
      (a) =>
        `#${a.id} ${a.failedAt} → 渠道 channel ${a.channel} (${a.kind})\n  ${a.title}\n  ${a.attempts} 次 attempts: ${a.error}`,
    ),
  ].join('\n'),
})
