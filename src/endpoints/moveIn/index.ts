import type { Endpoint } from 'payload'

import { workflowEndpoints } from '@/lib/workflow/endpoints'

import { moveInCase } from './caseType'
import { printMoveInForms } from './printMoveInForm'

/** The resident's move-in: its steps as workflow actions, and its forms printed. */
export const moveInEndpoints: Endpoint[] = [...workflowEndpoints(moveInCase), ...printMoveInForms]
