import type { Endpoint } from 'payload'

import { workflowEndpoints } from '@/lib/workflow/endpoints'

import { shiftLogCase } from './caseType'
import { printShiftLog } from './printLog'
import { printReleaseSlip } from '../registers/releaseSlip'

export const shiftLogEndpoints: Endpoint[] = [
  ...workflowEndpoints(shiftLogCase),
  printShiftLog,
  printReleaseSlip,
]
