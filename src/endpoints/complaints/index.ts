import type { Endpoint } from 'payload'

import { workflowEndpoints } from '@/lib/workflow/endpoints'

import { complaintCase } from './caseType'
import { printComplaintSlip, printWrittenReply } from './printComplaint'

export const complaintEndpoints: Endpoint[] = [
  ...workflowEndpoints(complaintCase),
  printComplaintSlip,
  printWrittenReply,
]
