import type { Endpoint } from 'payload'

import { workflowEndpoints } from '@/lib/workflow/endpoints'

import { workOrderCase } from './caseType'
import { printRepairQuote, printWorkOrderForm } from './printForm'

export const workOrderEndpoints: Endpoint[] = [
  ...workflowEndpoints(workOrderCase),
  printWorkOrderForm,
  printRepairQuote,
]
