import type { Endpoint } from 'payload'

import { printComplaintSlip, printWrittenReply } from './printComplaint'
import { takeComplaintAction } from './takeAction'

export const complaintEndpoints: Endpoint[] = [
  takeComplaintAction,
  printComplaintSlip,
  printWrittenReply,
]
