import type { Role } from '../roles'
import { MANAGER_ROLES } from '../roles'
import type { Workflow } from '../workflow'
import { refuse } from '../workflow'

import type { PassStatus } from './passes'
import { PASS_STATUSES } from './passes'

export type PassState = { status?: PassStatus | string | null }

/** Who takes a pass back: the desk that issued it, the guard at the gate the worker leaves by. */
export const PASS_RETURN_ROLES: readonly Role[] = [
  'cs-clerk',
  'security-guard',
  'site-captain',
  ...MANAGER_ROLES,
]

/** 装修工人临时出入证: issued at the desk, returned when the work (or the worker's part) ends. */
export const passWorkflow: Workflow<PassState> = {
  collection: 'worker-passes',
  label: { zh: '临时出入证', en: 'Worker pass' },
  statuses: PASS_STATUSES,
  actions: [
    {
      key: 'return',
      label: { zh: '收回出入证', en: 'Pass returned' },
      roles: PASS_RETURN_ROLES,
      from: ['issued'],
      tone: 'primary',
      confirm: { zh: '确认已收回此出入证？', en: 'Record this pass as returned?' },
    },
  ],
  plan: ({ action, state, actor, now }) => {
    if (action !== 'return') return refuse(400, `未知操作 / Unknown action: ${action}`, 'action')
    if (!actor.roles.some((r) => PASS_RETURN_ROLES.includes(r))) {
      return refuse(403, '前台或门岗收回出入证 / The desk or the gate takes passes back')
    }
    if (state.status !== 'issued') {
      return refuse(409, '此出入证已归还 / This pass has already been returned')
    }
    return {
      ok: true,
      data: { status: 'returned', returnedAt: now.toISOString(), returnedTo: actor.id },
    }
  },
}
