import type { CollectionBeforeDeleteHook } from 'payload'

import { approvalDefinitions } from '@/lib/approvals/registry'
import { conflict } from '@/lib/errors'

/**
 * beforeDelete: a chain that cases are on (in approval, `approval.chainId`) is not deleted (409):
 * their next signatures need its steps. Switch it off instead (`active`), or wait for them.
 */
export const keepChainsInUse: CollectionBeforeDeleteHook = async ({ id, req }) => {
  for (const definition of Object.values(approvalDefinitions)) {
    const inFlight = await req.payload.find({
      collection: definition.collection,
      where: {
        and: [
          { 'approval.status': { equals: 'pending' } },
          { 'approval.chainId': { equals: Number(id) } },
        ],
      },
      draft: definition.drafts === true,
      depth: 0,
      limit: 1,
      select: {},
      overrideAccess: true,
      req,
    })
    if (inFlight.docs.length > 0) {
      throw conflict(
        `有记录正在此审批链上审批（${definition.label.zh}），不能删除，请改为停用 / Cases are in approval on this chain (${definition.label.en}): switch it off instead of deleting it`,
      )
    }
  }
}
