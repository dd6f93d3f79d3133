import type { Endpoint } from 'payload'

import { printWorkOrderForm } from './printForm'
import { takeWorkOrderAction } from './takeAction'

export const workOrderEndpoints: Endpoint[] = [takeWorkOrderAction, printWorkOrderForm]
