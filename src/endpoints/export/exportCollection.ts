import type { CollectionSlug, Endpoint, PayloadRequest, Sort, Where } from 'payload'
import { APIError, parseParams } from 'payload'

import type { CellValue } from '@/domain/tableReport'
import { localDate } from '@/domain/time'
import { requireUser } from '@/lib/endpointUser'
import { forbidden } from '@/lib/errors'
import { officeSettings } from '@/lib/officeSettings'
import type { ExportColumn } from '@/lib/xlsx/exportColumns'
import { exportColumns, exportRow, readableFields } from '@/lib/xlsx/exportColumns'
import { streamTableWorkbook } from '@/lib/xlsx/streamWorkbook'
import { xlsxResponse } from '@/lib/xlsx/tableWorkbook'

/** Rows fetched per query: large enough to be quick, small enough to keep memory flat. */
export const EXPORT_PAGE_SIZE = 500

const notFound = (slug: string) =>
  new APIError(`没有这个列表 / No collection "${slug}"`, 404, null, true)

/** The collection, and whether this user may read it at all (its `access.read`, as Payload asks). */
const readableCollection = async (req: PayloadRequest, slug: string) => {
  const collection = req.payload.collections[slug as CollectionSlug]
  if (!collection) throw notFound(slug)
  const read = collection.config.access?.read
  const allowed = read ? await read({ req }) : Boolean(req.user)
  if (!allowed) throw forbidden(`无权导出此列表 / You may not read ${slug}`)
  return collection
}

/** Sort as the REST list takes it, with the id last so that pages never overlap or skip. */
const stableSort = (sort: unknown, fallback: unknown): string[] => {
  const given = (sort ?? fallback ?? '-createdAt') as Sort
  const list = (Array.isArray(given) ? given : String(given).split(','))
    .map((s) => String(s).trim())
    .filter(Boolean)
  if (!list.some((s) => s === 'id' || s === '-id')) list.push('id')
  return list
}

/** The pages of one export, each already turned into cells; the first is fetched by the caller. */
async function* pagesOf(
  req: PayloadRequest,
  find: (page: number) => Promise<{ docs: unknown[]; hasNextPage: boolean }>,
  first: { docs: unknown[]; hasNextPage: boolean },
  columns: readonly ExportColumn[],
): AsyncGenerator<Array<Record<string, CellValue>>> {
  let result = first
  let page = 1
  for (;;) {
    yield result.docs.map((doc) => exportRow(columns, doc as Record<string, unknown>))
    if (!result.hasNextPage) return
    page += 1
    result = await find(page)
  }
}

/**
 * `GET /api/export/<collection>.xlsx?where[…]=…&sort=…` — the admin list as a workbook, with the
 * list's filters and sort (the REST list's query; `limit` and `page` are ignored: every matching
 * row). As the signed-in user: the collection's read access decides (403), and its rows are read
 * with `overrideAccess: false`, so the user's row filter applies; a field the user may not read is
 * not a column at all. Written page by page into a streamed workbook.
 */
export const exportCollection: Endpoint = {
  path: '/export/:collection.xlsx',
  method: 'get',
  handler: async (req) => {
    const user = requireUser(req)
    const slug = String(req.routeParams?.collection ?? '')
    const collection = await readableCollection(req, slug)
    const query = parseParams((req.query ?? {}) as Record<string, unknown>)
    const where = (query.where ?? {}) as Where
    const sort = stableSort(query.sort, collection.config.defaultSort)
    const office = await officeSettings(req)
    const allowed = await readableFields(collection.config.fields, req)
    const columns = exportColumns(
      collection.config.fields,
      (field) => allowed.has(field.name),
      office.timezone,
    )
    const select = Object.fromEntries(columns.map((c) => [c.key, true]))
    const find = (page: number) =>
      req.payload.find({
        collection: collection.config.slug,
        where,
        sort,
        page,
        limit: EXPORT_PAGE_SIZE,
        pagination: true,
        depth: 0,
        select,
        overrideAccess: false,
        user,
        req,
      })
    // The first page before the answer starts: a bad filter is a 400, not a broken file.
    const first = await find(1)
    const labels = collection.config.labels?.plural
    const title = labels && typeof labels === 'object' && 'zh' in labels ? String(labels.zh) : slug
    const body = streamTableWorkbook(
      title.split('/')[0].trim(),
      columns,
      pagesOf(req, find, first, columns),
    )
    return xlsxResponse(
      body,
      `${title.split('/')[0].trim()}-${localDate(new Date(), office.timezone)}.xlsx`,
    )
  },
}
