import type { Payload } from 'payload'
import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'

import { suggestionWorkflow } from '../src/domain/suggestions/workflow'
import { suggestionCase } from '../src/endpoints/suggestions/caseType'
import { SERVER_WRITE, serverReq } from '../src/lib/serverWrite'
import { slugs } from '../src/slugs'

const DAY = 86_400_000

/**
 * Two suggestions from households: one adopted by the director with a two-measure rectification
 * plan (each a follow-up, through the adopt action's own planner and writes), one still waiting
 * for the director. Skipped when suggestions exist.
 */
export const seedSuggestions = async (
  payload: Payload,
  staffIds: Record<string, number>,
): Promise<number> => {
  if ((await payload.count({ collection: slugs.suggestions })).totalDocs > 0) return 0
  const clerk = staffIds['cs-clerk']
  const director = staffIds.director
  if (!clerk || !director) return 0
  const units = await payload.find({
    collection: slugs.units,
    sort: 'code',
    limit: 2,
    depth: 0,
    select: { code: true },
  })
  if (units.docs.length < 2) return 0

  const clerkUser = await payload.findByID({ collection: slugs.users, id: clerk, depth: 0 })
  const req = await createLocalReq({ user: { ...clerkUser, collection: slugs.users } }, payload)
  const own = await initTransaction(req)
  try {
    const adopted = await payload.create({
      collection: slugs.suggestions,
      data: {
        channel: 'visit',
        unit: units.docs[0].id,
        residentName: '王女士',
        subject: '地下车库增设行人通道标线',
        text: '地下车库车辆与行人混行，建议在电梯厅至各车位之间增设行人通道标线和减速带，保障老人和儿童安全。',
      },
      depth: 0,
      req,
    })
    const now = new Date()
    const plan = suggestionWorkflow.plan({
      action: 'adopt',
      state: suggestionCase.toState(adopted),
      body: {
        plan: [
          { text: '地下车库电梯厅至车位增设行人通道标线', owner: staffIds.engineer ?? director },
          { text: '车库出入口及转弯处加装减速带', owner: staffIds['site-captain'] ?? director },
        ],
        deadline: new Date(now.getTime() + 14 * DAY).toISOString(),
        note: '建议合理，列入本月整改计划',
      },
      actor: { id: director, roles: ['director'] },
      now,
      context: undefined,
    })
    if (!plan.ok) throw new Error(`seed: ${plan.message}`)
    const directorUser = await payload.findByID({ collection: slugs.users, id: director, depth: 0 })
    const directorReq = { ...req, user: { ...directorUser, collection: slugs.users } } as typeof req
    await payload.update({
      collection: slugs.suggestions,
      id: adopted.id,
      data: plan.data,
      depth: 0,
      req: serverReq(directorReq, { [SERVER_WRITE]: true }),
    })
    await suggestionCase.apply!({
      req: directorReq,
      plan,
      doc: adopted,
      user: directorReq.user!,
      action: 'adopt',
    })
    await payload.create({
      collection: slugs.suggestions,
      data: {
        channel: 'return-visit',
        unit: units.docs[1].id,
        residentName: '李先生',
        subject: '快递柜旁增设雨棚',
        text: '小区快递柜在露天处，雨天取件不便，建议加装雨棚和照明。',
      },
      depth: 0,
      req,
    })
    if (own) await commitTransaction(req)
  } catch (error) {
    if (own) await killTransaction(req)
    throw error
  }
  return 2
}
