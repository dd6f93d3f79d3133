import type { MeetingExtra, MeetingState } from '@/domain/meetings'
import { meetingWorkflow } from '@/domain/meetings'
import { relationId } from '@/domain/relations'
import { formatLocal } from '@/domain/time'
import { createFollowUp, requireStaffOwner } from '@/lib/followUps'
import { officeSettings } from '@/lib/officeSettings'
import { SERVER_WRITE, serverReq } from '@/lib/serverWrite'
import type { CaseType } from '@/lib/workflow/caseType'
import type { Meeting } from '@/payload-types'
import { slugs } from '@/slugs'

/**
 * Meetings on the workflow engine: `hold` writes the minutes and, in the same transaction, one
 * follow-up per decision (owner, deadline, escalated when overdue) linked both ways — the
 * follow-up's source is the meeting, the decision row names its follow-up; a decision whose owner
 * is no longer on the staff refuses the whole action (400 naming the row), nothing written.
 * `close` approves the minutes, `cancel` keeps a meeting that will not take place.
 */
export const meetingCase: CaseType<MeetingState, undefined, MeetingExtra, Meeting> = {
  workflow: meetingWorkflow,
  toState: (doc) => ({
    status: doc.status ?? 'planned',
    kind: doc.kind,
    title: doc.title,
    chair: relationId(doc.chair) ?? null,
    scheduledAt: doc.scheduledAt,
    minutes: doc.minutes,
    decisions: (doc.decisions ?? []).map((d) => ({
      text: d.text,
      owner: relationId(d.owner) ?? null,
      deadline: d.deadline,
    })),
  }),
  // The plan sets the status, the recorder and the dates: fields no client sets.
  writeContext: () => ({ [SERVER_WRITE]: true }),
  apply: async ({ req, plan, doc }) => {
    const planned = plan.extra?.followUps
    if (!planned || planned.length === 0) return
    const office = await officeSettings(req)
    const when = formatLocal(doc.scheduledAt, office.timezone)
    const links = new Map<number, number | string>()
    for (const item of planned) {
      // Checked one by one between the writes: a bad row rolls back those before it too.
      const owner = await requireStaffOwner(req, item.owner, {
        collection: slugs.meetings,
        field: `decisions.${item.index}.owner`,
        message: `第 ${item.index + 1} 项决定的负责人不是在职员工 / The owner of decision ${item.index + 1} is not on the staff`,
      })
      const decision = doc.decisions?.[item.index]
      const followUp = await createFollowUp(req, {
        title: item.title,
        owner: owner.id,
        deadline: item.deadline,
        sourceKind: 'meeting',
        source: { relationTo: slugs.meetings, value: doc.id as number },
        details: `${doc.title}（${when}）\n${decision?.text ?? ''}`,
      })
      links.set(item.index, followUp.id)
    }
    await req.payload.update({
      collection: slugs.meetings,
      id: doc.id,
      data: {
        decisions: (doc.decisions ?? []).map((d, index) => ({
          ...d,
          owner: relationId(d.owner) as number,
          followUp: (links.get(index) ?? relationId(d.followUp) ?? null) as number | null,
        })),
      },
      depth: 0,
      req: serverReq(req),
    })
    return { followUps: [...links.values()] }
  },
}
