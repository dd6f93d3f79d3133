import type { SuggestionExtra, SuggestionState } from '@/domain/suggestions/workflow'
import { suggestionWorkflow } from '@/domain/suggestions/workflow'
import { measureTitle } from '@/domain/followUps/measures'
import { followUpMeasures } from '@/lib/followUps'
import { SERVER_WRITE } from '@/lib/serverWrite'
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
    const links = await followUpMeasures(req, {
      collection: slugs.suggestions,
      id: doc.id,
      field: 'plan',
      measures,
      ownerRefusal: '负责人不是在职员工 / The owner is not on the staff',
      sourceKind: 'suggestion',
      title: (measure) => measureTitle(`【合理化建议】${doc.subject}：`, measure.text),
      details: (measure) => `${doc.subject}\n${doc.text}\n\n整改措施 Measure: ${measure.text}`,
    })
    return { followUps: links }
  },
}
