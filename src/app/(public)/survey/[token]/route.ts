/*
 * The survey a resident answers from their phone: `GET /survey/<token>` shows the questions,
 * `POST /survey/<token>` (the page's plain HTML form) records the answer. Route handlers rather
 * than a page: the answers carry their HTTP status (400 with the field, 404, 409, 410, 429),
 * which a page cannot set, and the page needs no React on the client. The work is in
 * src/lib/survey/.
 */
import config from '@payload-config'
import { getPayload } from 'payload'

import { surveyGet, surveyPost } from '@/lib/survey/http'

export const dynamic = 'force-dynamic'

type Context = { params: Promise<{ token: string }> }

export const GET = async (request: Request, { params }: Context) =>
  surveyGet(await getPayload({ config }), request, (await params).token)

export const POST = async (request: Request, { params }: Context) =>
  surveyPost(await getPayload({ config }), request, (await params).token)
