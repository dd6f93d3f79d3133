import type { Endpoint } from 'payload'

import { loadDashboard } from '@/lib/dashboard'
import { requireUser } from '@/lib/endpointUser'

/** `GET /api/dashboard` — the admin home's figures for the signed-in user, as JSON. */
export const getDashboard: Endpoint = {
  path: '/dashboard',
  method: 'get',
  handler: async (req) => {
    requireUser(req)
    return Response.json(await loadDashboard(req), {
      headers: { 'Cache-Control': 'private, no-store' },
    })
  },
}
