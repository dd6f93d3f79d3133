/**
 * The office head's written report to the company after a special event's return visits
 * (DOMAIN.md → Return visits: "after a special event, within 20 days, arranged by the office
 * head", with a written report). Pure: what a report must hold before it is sent.
 */
export type EventReportDraft = {
  event?: unknown
  findings?: unknown
  visits?: ReadonlyArray<{ id: number | string; kind?: string | null }>
  /** How many of the ids named were found (a missing visit is not a visit of the event). */
  named: number
}

export const eventReportProblem = (
  draft: EventReportDraft,
): { field: string; message: string } | null => {
  if (typeof draft.event !== 'string' || !draft.event.trim()) {
    return { field: 'event', message: '请写明特别事件 / Name the special event' }
  }
  if (typeof draft.findings !== 'string' || !draft.findings.trim()) {
    return {
      field: 'findings',
      message: '报告须写明回访发现 / The report states what the visits found',
    }
  }
  const visits = draft.visits ?? []
  if (draft.named === 0) {
    return {
      field: 'visits',
      message: '报告须涵盖至少一次特别事件回访 / The report covers at least one visit',
    }
  }
  if (visits.length !== draft.named || visits.some((v) => v.kind !== 'event')) {
    return {
      field: 'visits',
      message: '只能涵盖特别事件回访 / Only visits after a special event are reported',
    }
  }
  return null
}
