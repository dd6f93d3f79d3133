import type { Endpoint } from 'payload'

import { workflowEndpoints } from '@/lib/workflow/endpoints'

import { followUpCase } from './caseType'

export const followUpEndpoints: Endpoint[] = [...workflowEndpoints(followUpCase)]
