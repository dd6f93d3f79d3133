import type { Endpoint } from 'payload'

import { workflowEndpoints } from '@/lib/workflow/endpoints'

import { suggestionCase } from './caseType'
import { printSuggestionThanks } from './printThanks'

export const suggestionEndpoints: Endpoint[] = [
  ...workflowEndpoints(suggestionCase),
  printSuggestionThanks,
]
