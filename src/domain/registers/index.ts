import type { FormKey } from '../forms'
import type { TableReport } from '../tableReport'

import { buildFrontDeskDuty } from './frontDeskDuty'
import { buildMailRegister } from './mail'
import { buildPassRegister } from './passes'
import { buildReleaseRegister } from './releases'
import type { RegisterContext, RegisterLog, RegisterPass } from './types'
import { buildVisitorRegister } from './visitors'

/** What a register is built from: the shift logs of the period (and, for passes, the passes). */
export type RegisterSources = { logs: readonly RegisterLog[]; passes: readonly RegisterPass[] }

/** A register; its paper (landscape) and signature lines are its form's (src/domain/forms.ts). */
export type RegisterDefinition = {
  form: FormKey
  /** The file name's stem (`来访登记表-2026-11-01至2026-11-30.pdf`). */
  file: string
  /** Whether the passes collection is read (only the passes register). */
  readsPasses?: boolean
  /** Only the front desk's logs (the duty log); the others read every post the reader may read. */
  frontDeskOnly?: boolean
  build: (sources: RegisterSources, ctx: RegisterContext) => TableReport
}

/** The front desk's registers, by the name in the URL. */
export const REGISTER_NAMES = ['visitors', 'mail', 'passes', 'releases', 'front-desk-duty'] as const
export type RegisterName = (typeof REGISTER_NAMES)[number]

export const REGISTERS: Readonly<Record<RegisterName, RegisterDefinition>> = {
  visitors: {
    form: 'visitorRegister',
    file: '来人来电来访登记表',
    build: ({ logs }, ctx) => buildVisitorRegister(logs, ctx),
  },
  mail: {
    form: 'mailRegister',
    file: '邮件收发记录表',
    build: ({ logs }, ctx) => buildMailRegister(logs, ctx),
  },
  passes: {
    form: 'passRegister',
    file: '临时出入证发放登记表',
    readsPasses: true,
    build: ({ logs, passes }, ctx) => buildPassRegister(passes, logs, ctx),
  },
  releases: {
    form: 'releaseRegister',
    file: '物品放行登记表',
    build: ({ logs }, ctx) => buildReleaseRegister(logs, ctx),
  },
  'front-desk-duty': {
    form: 'frontDeskDuty',
    file: '客服前台值班记录表',
    frontDeskOnly: true,
    build: ({ logs }, ctx) => buildFrontDeskDuty(logs, ctx),
  },
}
