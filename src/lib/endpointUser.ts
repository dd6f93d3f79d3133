import type { PayloadRequest, TypedUser } from 'payload'
import { addDataAndFileToRequest } from 'payload'

import { unauthorized } from './errors'

/** The signed-in user of an endpoint request, or 401. Every custom endpoint starts here. */
export const requireUser = (req: PayloadRequest): TypedUser => {
  if (!req.user) throw unauthorized()
  return req.user
}

/** The JSON body of an endpoint request, as an object. */
export const readBody = async (req: PayloadRequest): Promise<Record<string, unknown>> => {
  await addDataAndFileToRequest(req)
  const data = req.data
  return data && typeof data === 'object' && !Array.isArray(data)
    ? (data as Record<string, unknown>)
    : {}
}
