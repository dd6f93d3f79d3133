import config from '@payload-config'
import '@payloadcms/next/css'
import {
  REST_DELETE,
  REST_GET,
  REST_OPTIONS,
  REST_PATCH,
  REST_POST,
  REST_PUT,
} from '@payloadcms/next/routes'
import { getPayload } from 'payload'

import { settings } from '@/config/settings'
import { withRequestLog } from '@/lib/requestLog'

// Every API request has an id (X-Request-Id) and is logged when it fails or is slow.
const logger = async () => (await getPayload({ config })).logger
const logged = <C>(handler: (request: Request, context: C) => Promise<Response>) =>
  withRequestLog(handler, logger, settings.slowRequestMs)

export const GET = logged(REST_GET(config))
export const POST = logged(REST_POST(config))
export const DELETE = logged(REST_DELETE(config))
export const PATCH = logged(REST_PATCH(config))
export const PUT = logged(REST_PUT(config))
export const OPTIONS = REST_OPTIONS(config)
