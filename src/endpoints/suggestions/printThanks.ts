import type { Endpoint } from 'payload'

import { thanksProblem } from '@/domain/suggestions/workflow'
import { requireUser } from '@/lib/endpointUser'
import { conflict } from '@/lib/errors'
import { officeSettings } from '@/lib/officeSettings'
import { letterheadFor } from '@/lib/printing/letterhead'
import type { Suggestion, Unit, User } from '@/payload-types'
import { pdfResponse } from '@/pdf/pdfKit'
import { renderSuggestionThanks } from '@/pdf/suggestionThanks'
import { slugs } from '@/slugs'

const nameOf = (value: unknown): string | null =>
  value && typeof value === 'object'
    ? String((value as Partial<User>).name || (value as Partial<User>).email || '') || null
    : null

/**
 * `GET /api/suggestions/:id/thanks.pdf` — 合理化建议感谢函, for whoever may read the suggestion,
 * once the director has adopted it (409 before, nothing printed). Printed under the form rules
 * (`letterheadFor`: 未受控副本 while the form is not under document control). Writes nothing.
 */
export const printSuggestionThanks: Endpoint = {
  path: '/:id/thanks.pdf',
  method: 'get',
  handler: async (req) => {
    const user = requireUser(req)
    const suggestion: Suggestion = await req.payload.findByID({
      collection: slugs.suggestions,
      id: String(req.routeParams?.id),
      depth: 1,
      overrideAccess: false,
      user,
      req,
    })
    const problem = thanksProblem(suggestion.status)
    if (problem) throw conflict(problem)
    const head = await letterheadFor(req, 'suggestionThanks')
    const office = await officeSettings(req)
    const unit = typeof suggestion.unit === 'object' ? (suggestion.unit as Unit) : null
    const resident =
      suggestion.resident && typeof suggestion.resident === 'object' ? suggestion.resident : null
    const bytes = await renderSuggestionThanks(
      {
        id: suggestion.id,
        unitCode: unit?.code ?? '',
        residentName: suggestion.residentName || (resident?.name ?? null),
        subject: suggestion.subject,
        text: suggestion.text,
        recordedAt: suggestion.recordedAt ?? suggestion.createdAt,
        decidedAt: suggestion.decidedAt ?? null,
        decidedByName: nameOf(suggestion.decidedBy),
        measures: (suggestion.plan ?? []).map((m) => ({ text: m.text, deadline: m.deadline })),
        issuedAt: new Date(),
        timezone: office.timezone,
      },
      head,
    )
    return pdfResponse(bytes, `合理化建议感谢函-${suggestion.id}.pdf`)
  },
}
