import type { Endpoint } from 'payload'

import { printShiftLog } from './printLog'
import { takeShiftLogAction } from './takeAction'

export const shiftLogEndpoints: Endpoint[] = [takeShiftLogAction, printShiftLog]
