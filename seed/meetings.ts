import type { Payload } from 'payload'
import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'

import { meetingCase } from '../src/endpoints/meetings/caseType'
import { ensureWeeklyMeeting } from '../src/jobs/scheduleWeeklyMeeting'
import { WEEKLY_AGENDA, meetingWorkflow, nextWeeklyMeeting } from '../src/domain/meetings'
import { DEFAULT_TIMEZONE } from '../src/domain/time'
import { SERVER_WRITE, serverReq } from '../src/lib/serverWrite'
import { slugs } from '../src/slugs'

const WEEK = 7 * 86_400_000

/**
 * Last week's weekly meeting, held by the property manager with the clerk's minutes and three
 * decisions followed as follow-ups (through the hold action's own planner and writes), and the
 * next weekly meeting planned as the job creates it. Skipped when meetings exist.
 */
export const seedMeetings = async (
  payload: Payload,
  staffIds: Record<string, number>,
): Promise<number> => {
  if ((await payload.count({ collection: slugs.meetings })).totalDocs > 0) return 0
  const chair = staffIds['property-manager']
  const clerk = staffIds['cs-clerk']
  if (!chair || !clerk) return 0
  const now = new Date()
  const last = nextWeeklyMeeting(
    { weekday: 'fri', time: '09:00', timeZone: DEFAULT_TIMEZONE },
    new Date(now.getTime() - WEEK),
  )
  const due = (days: number) => new Date(last.at.getTime() + days * 86_400_000).toISOString()
  const attendees = ['director', 'property-manager', 'site-manager', 'cs-clerk', 'dispatcher']
    .map((key) => staffIds[key])
    .filter(Boolean)

  const clerkUser = await payload.findByID({ collection: slugs.users, id: clerk, depth: 0 })
  const req = await createLocalReq({ user: { ...clerkUser, collection: slugs.users } }, payload)
  const own = await initTransaction(req)
  try {
    const meeting = await payload.create({
      collection: slugs.meetings,
      data: {
        kind: 'weekly',
        title: `周例会 ${last.localDate}`,
        scheduledAt: last.at.toISOString(),
        place: '客服中心会议室',
        chair,
        attendees,
        agenda: WEEKLY_AGENDA.map((item) => ({ item })),
        minutes: [
          '一、上周决定事项：1栋电梯门机已复查，运行正常。',
          '二、本周共登记投诉 12 宗，均已按期处理；3栋渗水投诉回访不满意，继续处理。',
          '三、2栋801装修噪音超时施工，已发整改通知。',
          '四、下周安排：消防通道专项检查；第四季度客户满意度调查问卷准备。',
        ].join('\n'),
        decisions: [
          {
            text: '3栋渗水投诉：工程部重新查找渗漏点，周三前回复业主',
            owner: staffIds.engineer ?? chair,
            deadline: due(5),
          },
          {
            text: '消防通道专项检查，清理杂物并拍照存档',
            owner: staffIds['site-captain'] ?? chair,
            deadline: due(7),
          },
          {
            text: '准备第四季度客户满意度调查问卷',
            owner: clerk,
            deadline: due(10),
          },
        ],
        seriesKey: `weekly:${last.localDate}`,
      },
      depth: 0,
      req: serverReq(req),
    })
    const plan = meetingWorkflow.plan({
      action: 'hold',
      state: meetingCase.toState(meeting),
      body: {},
      actor: { id: clerk, roles: ['cs-clerk'] },
      now: new Date(last.at.getTime() + 2 * 3_600_000),
      context: undefined,
    })
    if (!plan.ok) throw new Error(`seed: ${plan.message}`)
    await payload.update({
      collection: slugs.meetings,
      id: meeting.id,
      data: plan.data,
      depth: 0,
      req: serverReq(req, { [SERVER_WRITE]: true }),
    })
    await meetingCase.apply!({
      req,
      plan,
      doc: meeting,
      user: req.user!,
      action: 'hold',
    })
    if (own) await commitTransaction(req)
  } catch (error) {
    if (own) await killTransaction(req)
    throw error
  }
  await ensureWeeklyMeeting(await createLocalReq({}, payload), now)
  return 2
}
