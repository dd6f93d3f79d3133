import type { Endpoint } from 'payload'

import { workflowEndpoints } from '@/lib/workflow/endpoints'

import { renovationCase } from './caseType'
import { printRenovationApproval } from './printApproval'

export const renovationEndpoints: Endpoint[] = [
  ...workflowEndpoints(renovationCase),
  printRenovationApproval,
]
