import type { SuggestionExtra, SuggestionState } from '@/domain/suggestions/workflow'
import { suggestionWorkflow } from '@/domain/suggestions/workflow'
import { measureTitle } from '@/domain/followUps/measures'
import { rolesOf } from '@/domain/roles'
import { invalidField } from '@/lib/errors'
import { createFollowUp } from '@/lib/followUps'
import { SERVER_WRITE, serverReq } from '@/lib/serverWrite'
import type { CaseType } from '@/lib/workflow/caseType'
import type { Suggestion } from '@/payload-types'
import { slugs } from '@/slugs'

/**
 * Suggestions on the workflow engine: `adopt` writes the plan and, in the same transaction, one
 * follow-up per measure (owner, deadline, escalated when overdue), linked both ways; an owner not
 * on the staff refuses the whole action (400 naming the field), nothing written. `decline` keeps
 * the reason.
 */
export const suggestionCase: CaseType<SuggestionState, undefined, SuggestionExtra, Suggestion> = {
  workflow: suggestionWorkflow,
  toState: (doc) => ({ status: doc.status ?? 'submitted' }),
  writeContext: () => ({ [SERVER_WRITE]: true }),
  apply: async ({ req, plan, doc, action }) => {
    const measures = plan.extra?.plan
    if (action !== 'adopt' || !measures) return
    const links: Array<number | string> = []
    for (const measure of measures) {
      const owner = await req.payload
        .findByID({ collection: slugs.users, id: measure.owner, depth: 0, req })
        .catch(() => null)
      // On the staff: a role besides the administrator's (who owns no follow-ups).
      if (!owner || !rolesOf(owner).some((role) => role !== 'admin')) {
        throw invalidField(
          slugs.suggestions,
          measure.ownerField,
          '负责人不是在职员工 / The owner is not on the staff',
        )
      }
      const followUp = await createFollowUp(req, {
        title: measureTitle(`【合理化建议】${doc.subject}：`, measure.text),
        owner: owner.id,
        deadline: measure.deadline,
        sourceKind: 'suggestion',
        source: { relationTo: slugs.suggestions, value: doc.id },
        details: `${doc.subject}\n${doc.text}\n\n整改措施 Measure: ${measure.text}`,
      })
      links.push(followUp.id)
    }
    await req.payload.update({
      collection: slugs.suggestions,
      id: doc.id,
      data: {
        plan: measures.map((m, index) => ({
          text: m.text,
          owner: m.owner as number,
          deadline: m.deadline,
          followUp: links[index] as number,
        })),
      },
      depth: 0,
      req: serverReq(req),
    })
    return { followUps: links }
  },
}
