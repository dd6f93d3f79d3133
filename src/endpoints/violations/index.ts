import type { Endpoint } from 'payload'

import { workflowEndpoints } from '@/lib/workflow/endpoints'

import { violationCase } from './caseType'
import { issueViolationNotice } from './issueNotice'
import { printViolationNotice } from './printNotice'

export const violationEndpoints: Endpoint[] = [
  ...workflowEndpoints(violationCase),
  issueViolationNotice,
  printViolationNotice,
]
