import type { Payload } from 'payload'
import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'

import { INSPECTION_ITEMS, moveInWorkflow } from '../src/domain/moveIn/workflow'
import { moveInCase } from '../src/endpoints/moveIn/caseType'
import { SERVER_WRITE, serverReq } from '../src/lib/serverWrite'
import type { Resident } from '../src/payload-types'
import { slugs } from '../src/slugs'

const DAY = 86_400_000

/**
 * The key register and one owner mid-move-in: registered, agreement signed, handbook given, fees
 * collected, the joint inspection found a leaking window frame (a follow-up for engineering) and
 * the keys are held in custody while the developer repairs — each step through its action's own
 * planner and writes. Two common-area keys in the cabinet. Skipped when the register has keys.
 */
export const seedMoveIn = async (payload: Payload, staffIds: Record<string, number>) => {
  if ((await payload.count({ collection: slugs.keys })).totalDocs > 0) return
  const clerk = staffIds['cs-clerk']
  if (!clerk) return
  const candidates = await payload.find({
    collection: slugs.residents,
    where: {
      and: [
        { kind: { equals: 'owner' } },
        { 'moveIn.registrationForm.done': { not_equals: true } },
      ],
    },
    sort: 'archiveNo',
    limit: 1,
    depth: 0,
  })
  let resident = candidates.docs[0] as Resident | undefined
  if (!resident) return

  const clerkUser = await payload.findByID({ collection: slugs.users, id: clerk, depth: 0 })
  const user = { ...clerkUser, collection: slugs.users } as const
  const req = await createLocalReq({ user }, payload)
  const own = await initTransaction(req)
  try {
    for (const name of ['会所大门', '配电房']) {
      await payload.create({
        collection: slugs.keys,
        data: {
          label: `公区-${name}`,
          kind: 'other',
          count: 2,
          location: '前台钥匙柜 C-1',
          origin: 'office',
        },
        depth: 0,
        req,
      })
    }
    const now = new Date()
    const steps: Array<[string, Record<string, unknown>]> = [
      ['register', { identityVerified: 'yes' }],
      ['sign-agreement', { agreementNo: 'QW-2026-0088' }],
      ['hand-over-handbook', {}],
      ['collect-fees', { amount: 4860, receiptNo: 'SJ-2026-1201' }],
      [
        'inspect',
        {
          items: INSPECTION_ITEMS.map((item, i) => ({
            item,
            ok: i !== 1,
            note: i === 1 ? '主卧窗框渗水' : '',
          })),
          defects: '主卧窗框渗水，须重新打胶并检查外墙防水',
          owner: staffIds.engineer ?? clerk,
          deadline: new Date(now.getTime() + 14 * DAY).toISOString(),
          developerRep: '开发商工程部 刘工',
        },
      ],
      [
        'take-keys-into-custody',
        { keys: '入户门 3\n信箱 1', location: '前台钥匙柜 A-3', reason: '开发商整改主卧窗框渗水' },
      ],
    ]
    for (const [action, body] of steps) {
      const plan = moveInWorkflow.plan({
        action,
        state: moveInCase.toState(resident),
        body,
        actor: { id: clerk, roles: ['cs-clerk'] },
        now,
        context: undefined,
      })
      if (!plan.ok) throw new Error(`seed move-in ${action}: ${plan.message}`)
      resident = (await payload.update({
        collection: slugs.residents,
        id: resident.id,
        data: plan.data,
        depth: 0,
        req: serverReq(req, { [SERVER_WRITE]: true }),
      })) as Resident
      await moveInCase.apply!({ req, plan, doc: resident, user: req.user!, action })
      resident = (await payload.findByID({
        collection: slugs.residents,
        id: resident.id,
        depth: 0,
        req,
      })) as Resident
    }
    if (own) await commitTransaction(req)
  } catch (error) {
    if (own) await killTransaction(req)
    throw error
  }
}
