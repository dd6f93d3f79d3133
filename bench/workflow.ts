/**
 * The workflow engine's cost: one action through `POST /api/complaints/:id/actions/severity`
 * (REST with a JWT: authentication, transaction, row lock, read as the user, plan, write as the
 * user, audit, queued mail) against a plain Local API `payload.update` of the same fields on a
 * twin complaint (the same hooks, no request, no plan), alternating.
 */
import type { Payload, SanitizedConfig } from 'payload'
import { handleEndpoints } from 'payload'

import { SERVER_WRITE } from '../src/lib/serverWrite'
import { slugs } from '../src/slugs'

type Summary = { n: number; totalMs: number; meanMs: number; p95Ms: number }

export const benchWorkflow = async (
  payload: Payload,
  config: SanitizedConfig,
  summarise: (times: number[]) => Summary,
  rounds = 200,
) => {
  const password = 'bench-password-2026'
  const email = 'bench-workflow-manager@bench.local'
  const manager = await payload.create({
    collection: slugs.users,
    data: { email, password, name: '基准经理', roles: ['property-manager'] },
  })
  const jwt = (await payload.login({ collection: slugs.users, data: { email, password } })).token!
  const unit = await payload.create({
    collection: slugs.units,
    data: {
      estate: '基准',
      building: '流程',
      floor: 1,
      number: 'W1',
      area: 80,
      use: 'residential',
      status: 'occupied',
    },
  })
  const complaint = () =>
    payload.create({
      collection: slugs.complaints,
      data: {
        kind: 'complaint',
        channel: 'phone',
        category: 'renovation-noise',
        unit: unit.id,
        visitorName: '基准访客',
        visitorPhone: '13800000000',
        description: {
          root: {
            type: 'root',
            version: 1,
            direction: null,
            format: '',
            indent: 0,
            children: [
              {
                type: 'paragraph',
                version: 1,
                direction: null,
                format: '',
                indent: 0,
                textFormat: 0,
                children: [
                  {
                    type: 'text',
                    version: 1,
                    text: '基准投诉',
                    detail: 0,
                    format: 0,
                    mode: 'normal',
                    style: '',
                  },
                ],
              },
            ],
          },
        },
      } as never,
    })
  const viaAction = await complaint()
  const viaUpdate = await complaint()
  const severityAt = (i: number) => (i % 2 === 0 ? 'major' : 'general')

  const action = async (i: number) => {
    const t = performance.now()
    const res = await handleEndpoints({
      config,
      request: new Request(
        `http://localhost:3000/api/complaints/${viaAction.id}/actions/severity`,
        {
          method: 'POST',
          headers: { Authorization: `JWT ${jwt}`, 'Content-Type': 'application/json' },
          body: JSON.stringify({ severity: severityAt(i), reason: `基准 ${i}` }),
        },
      ),
    })
    await res.arrayBuffer()
    const ms = performance.now() - t
    if (res.status !== 200) throw new Error(`severity action: ${res.status}`)
    return ms
  }
  const update = async (i: number) => {
    const t = performance.now()
    await payload.update({
      collection: slugs.complaints,
      id: viaUpdate.id,
      data: { severityOverride: severityAt(i), severityReason: `基准 ${i}` },
      overrideAccess: false,
      user: { ...manager, collection: slugs.users },
      context: { [SERVER_WRITE]: true },
      depth: 0,
    })
    return performance.now() - t
  }

  const actions: number[] = []
  const updates: number[] = []
  for (let i = 0; i < rounds + 20; i++) {
    const a = await action(i)
    const u = await update(i)
    if (i >= 20) {
      actions.push(a)
      updates.push(u)
    }
  }
  const a = summarise(actions)
  const u = summarise(updates)
  return { action: a, update: u, ratio: a.meanMs / u.meanMs }
}
