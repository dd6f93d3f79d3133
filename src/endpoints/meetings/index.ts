import type { Endpoint } from 'payload'

import { workflowEndpoints } from '@/lib/workflow/endpoints'

import { meetingCase } from './caseType'
import { printMeetingMinutes } from './printMinutes'

export const meetingEndpoints: Endpoint[] = [...workflowEndpoints(meetingCase), printMeetingMinutes]
