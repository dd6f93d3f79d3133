import type { Endpoint } from 'payload'

import { takeComplaintAction } from './takeAction'

export const complaintEndpoints: Endpoint[] = [takeComplaintAction]
