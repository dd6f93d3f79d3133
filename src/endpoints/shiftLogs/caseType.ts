import type { PayloadRequest, TypedUser } from 'payload'

import { relationId } from '@/domain/relations'
import type { ShiftLog } from '@/payload-types'
import type { Actor as ShiftActor, ShiftLogState } from '@/domain/shiftLogs/actions'
import type { ShiftLogContext } from '@/domain/shiftLogs/workflow'
import { shiftLogWorkflow } from '@/domain/shiftLogs/workflow'
import { REVIEWING_SHIFT_LOG } from '@/hooks/shiftLogs/keepShiftLogLocked'
import { forbidden } from '@/lib/errors'
import { officeSettings } from '@/lib/officeSettings'
import { SERVER_WRITE } from '@/lib/serverWrite'
import { handoverOpenItems } from '@/lib/shiftLogs/openItems'
import type { CaseType } from '@/lib/workflow/caseType'
import { actorOf } from '@/lib/workflow/caseType'
import { slugs } from '@/slugs'

/**
 * A log as the user may read it. A log of a post they do not work exists but is not theirs: 403
 * (not 404), so that "writing to another post's log" is refused as what it is.
 */
export const readLogAs = async (req: PayloadRequest, user: TypedUser, id: string) => {
  try {
    return await req.payload.findByID({
      collection: slugs.shiftLogs,
      id,
      depth: 0,
      overrideAccess: false,
      user,
      req,
    })
  } catch (error) {
    const exists = await req.payload
      .count({ collection: slugs.shiftLogs, where: { id: { equals: id } }, req })
      .then((r) => r.totalDocs > 0)
    if (exists) throw forbidden('您不在该岗位，不能查看或修改此记录 / You do not work this post')
    throw error
  }
}

const toState = (doc: ShiftLog): ShiftLogState => ({
  status: doc.status ?? 'open',
  post: doc.post,
  postKind: doc.postKind ?? null,
  onDuty: relationId(doc.onDuty) ?? null,
  signedBy: relationId(doc.signedBy) ?? null,
  incoming: relationId(doc.incoming) ?? null,
  countersignedBy: relationId(doc.countersignedBy) ?? null,
  entries: doc.entries ?? [],
  equipment: doc.equipment ?? [],
})

/**
 * Shift logs on the workflow engine. Entries are appended under the case's row lock, so ten
 * guards writing at once keep ten entries.
 */
export const shiftLogCase: CaseType<ShiftLogState, ShiftLogContext, unknown, ShiftLog> = {
  workflow: shiftLogWorkflow,
  read: readLogAs,
  toState,
  // The shift leader (带班员) designation is the account's, set by a user manager.
  actor: (user) => {
    const actor: ShiftActor = {
      ...actorOf(user),
      shiftLeader: (user as { shiftLeader?: boolean | null }).shiftLeader === true,
    }
    return actor
  },
  context: async ({ req, state, action, now }) =>
    action === 'sign'
      ? {
          openItems: await handoverOpenItems(req, state, now, (await officeSettings(req)).timezone),
        }
      : {},
  writeContext: (action) => ({
    [SERVER_WRITE]: action !== 'add-entry',
    // The two signatures a locked log still takes: the manager's review, the shift leader's.
    [REVIEWING_SHIFT_LOG]: action === 'review' || action === 'countersign',
  }),
}
