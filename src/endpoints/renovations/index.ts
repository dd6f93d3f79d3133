import type { Endpoint } from 'payload'

import { workflowEndpoints } from '@/lib/workflow/endpoints'

import { renovationCase } from './caseType'

export const renovationEndpoints: Endpoint[] = [...workflowEndpoints(renovationCase)]
