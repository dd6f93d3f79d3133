import type { CollectionSlug, Endpoint, PayloadRequest, SelectType, Where } from 'payload'
import {
  addDataAndFileToRequest,
  APIError,
  commitTransaction,
  initTransaction,
  killTransaction,
} from 'payload'

import { hasRole } from '@/access/hasRole'
import type { ImportKind, ImportPlan, ParsedRow, RowProblem, UnitRef } from '@/domain/import'
import {
  confidentialCells,
  dataRows,
  IMPORT_COLUMNS,
  IMPORT_KIND_LABELS,
  ImportRefusal,
  isImportKind,
  parseRows,
  planImport,
  readHeader,
} from '@/domain/import'
import { MANAGER_ROLES, mayReadConfidential, rolesOf } from '@/domain/roles'
import { requireUser } from '@/lib/endpointUser'
import { forbidden, invalidField } from '@/lib/errors'
import { IMPORT_SOURCE } from '@/lib/requestContext'
import { childReq } from '@/lib/serverWrite'
import { dialectOf, querySql } from '@/lib/sql'
import { slugs } from '@/slugs'

import { readSheet } from './readSheet'

export const IMPORT_COLLECTIONS: Record<ImportKind, CollectionSlug> = {
  units: slugs.units,
  residents: slugs.residents,
  'price-list': slugs.priceList,
}

/** The fields each kind reads back to match and compare. */
const matchFields = (kind: ImportKind): SelectType => {
  const fields = IMPORT_COLUMNS[kind]
    .map((c) => c.key)
    .filter((key) => key !== 'building' || kind === 'units')
    .filter((key) => key !== 'unitNumber')
  const extra = kind === 'residents' ? ['units', 'name'] : []
  return Object.fromEntries([...fields, ...extra].map((f) => [f, true]))
}

/**
 * The kind and its collection, once the user may import it: managers and the administrator
 * only (401 without a user, 403 for anyone else), and only into a collection whose create access
 * they have (the price list is kept by the property manager and above).
 */
export const importTarget = async (req: PayloadRequest) => {
  const user = requireUser(req)
  if (!hasRole(user, ...MANAGER_ROLES, 'admin')) {
    throw forbidden('只有经理和系统管理员可以导入 / Only managers and the administrator may import')
  }
  const kind = req.routeParams?.kind
  if (!isImportKind(kind)) {
    throw new APIError(`没有这种导入 / No import "${String(kind)}"`, 404, null, true)
  }
  const slug = IMPORT_COLLECTIONS[kind]
  const create = req.payload.collections[slug].config.access.create
  if (!(await create({ req }))) {
    throw forbidden(`您无权新建${IMPORT_KIND_LABELS[kind]} / You may not create ${slug}`)
  }
  return { user, kind, slug }
}

/** Every record of the collection with the fields the sheet can set: the import matches by them. */
const readExisting = async (req: PayloadRequest, kind: ImportKind, slug: CollectionSlug) => {
  const found = await req.payload.find({
    collection: slug,
    pagination: false,
    depth: 0,
    select: matchFields(kind),
    // The server's own read for matching: the user was allowed to import this kind above.
    overrideAccess: true,
    req,
  })
  return found.docs as unknown as Array<{ id: number | string } & Record<string, unknown>>
}

/** The units the residents' rows name, by building. */
const readUnits = async (req: PayloadRequest, parsed: readonly ParsedRow[]): Promise<UnitRef[]> => {
  const buildings = [
    ...new Set(parsed.map((r) => r.values.building).filter((b) => typeof b === 'string')),
  ]
  if (buildings.length === 0) return []
  const where: Where = { building: { in: buildings } }
  const found = await req.payload.find({
    collection: slugs.units,
    where,
    pagination: false,
    depth: 0,
    select: { building: true, number: true },
    overrideAccess: true,
    req,
  })
  return found.docs as unknown as UnitRef[]
}

/** The PostgreSQL advisory lock of each kind's real imports (see `holdImportLock`). */
const IMPORT_LOCKS: Record<ImportKind, number> = {
  units: 0x1d90_0001,
  residents: 0x1d90_0002,
  'price-list': 0x1d90_0003,
}

/**
 * Two imports of the same kind at once would each plan "create" for the same new rows and write
 * them twice (no unique index holds residents' ID numbers). On PostgreSQL the second waits here,
 * in its transaction, until the first commits, and then plans against what it wrote. SQLite
 * runs one write transaction at a time already.
 */
const holdImportLock = async (req: PayloadRequest, kind: ImportKind) => {
  if (dialectOf(req.payload) !== 'postgres') return
  await querySql(
    req.payload,
    req,
    (sql) => sql`SELECT pg_advisory_xact_lock(${IMPORT_LOCKS[kind]})`,
  )
}

const planAgainstDatabase = async (
  req: PayloadRequest,
  kind: ImportKind,
  slug: CollectionSlug,
  parsed: readonly ParsedRow[],
): Promise<ImportPlan> =>
  planImport({
    kind,
    parsed,
    existing: await readExisting(req, kind, slug),
    units: kind === 'residents' ? await readUnits(req, parsed) : [],
  })

/** Problems a refusal carries: the first ones (the dry run lists them all), and how many. */
const MAX_REFUSAL_PROBLEMS = 200

const refusal = (message: string, problems: RowProblem[], column?: string) =>
  new APIError(
    message,
    400,
    { column, problems: problems.slice(0, MAX_REFUSAL_PROBLEMS), total: problems.length },
    true,
  )

/** A refused write of one row (a hook's or a field's validation): its row and column named. */
const rowError = (kind: ImportKind, row: number, error: unknown) => {
  const data = (error as { data?: { errors?: Array<{ path?: string; message?: string }> } }).data
  const errors = data?.errors ?? []
  const headerOf = (path?: string) =>
    IMPORT_COLUMNS[kind].find((c) => c.key === path || (path === 'units' && c.key === 'unitNumber'))
      ?.header ??
    path ??
    ''
  const problems: RowProblem[] = errors.length
    ? errors.map((e) => ({ row, column: headerOf(e.path), reason: e.message ?? '' }))
    : [{ row, column: '', reason: (error as Error).message }]
  return refusal(
    `第 ${row} 行无法保存，未导入任何数据 / Row ${row} could not be saved; nothing was imported`,
    problems,
  )
}

/**
 * Writes the plan: each create and update through the Local API as the user (their access, the
 * collection's validation and hooks, the audit entry), all in the request's one transaction.
 */
const writePlan = async (
  req: PayloadRequest,
  kind: ImportKind,
  slug: CollectionSlug,
  plan: ImportPlan,
) => {
  // Marks the writes as an import for hooks that care (audit); a copy, so the flag stays here.
  const importReq = childReq(req, { [IMPORT_SOURCE]: 'import' })
  const ids: Record<number, number | string> = {}
  for (const row of plan.rows) {
    try {
      if (row.action === 'create') {
        const doc = await req.payload.create({
          collection: slug,
          data: row.data as never,
          depth: 0,
          select: { id: true } as never,
          overrideAccess: false,
          user: req.user,
          req: importReq,
        })
        ids[row.row] = (doc as { id: number | string }).id
      } else if (row.action === 'update' && row.id !== undefined) {
        await req.payload.update({
          collection: slug,
          id: row.id,
          data: row.data as never,
          depth: 0,
          select: { id: true } as never,
          overrideAccess: false,
          user: req.user,
          req: importReq,
        })
      }
    } catch (error) {
      if ((error as { status?: number }).status === 403) throw error
      throw rowError(kind, row.row, error)
    }
  }
  return ids
}

/**
 * `POST /api/import/<units|residents|price-list>[?dryRun=true]` with the sheet as the multipart
 * field `file` (.xlsx, or .csv in UTF-8, UTF-8 with BOM or GB18030).
 *
 * The dry run reads, checks and plans, writes nothing, and answers every row's problems and
 * action. The real run does the same inside one transaction (read, plan, write), and writes
 * everything or nothing: a sheet with any problem is refused with them all (400). A wrong
 * header, an empty sheet, more rows than the limit, a file that is not a spreadsheet, or
 * confidential cells from a role that may not write them are refused in either run (400).
 */
export const importSheet: Endpoint = {
  path: '/import/:kind',
  method: 'post',
  handler: async (req) => {
    const { user, kind, slug } = await importTarget(req)
    const dryRun = req.query?.dryRun === 'true' || req.query?.dryRun === '1'
    await addDataAndFileToRequest(req)
    const file = req.file
    if (!file?.data) {
      throw invalidField(slug, 'file', '请上传 .xlsx 或 .csv 文件 / Upload an .xlsx or .csv file')
    }
    let parsed: ParsedRow[]
    let format: string
    try {
      const sheet = await readSheet(file)
      format = sheet.format
      const columns = readHeader(kind, sheet.header)
      const rows = dataRows(sheet.rows)
      if (!mayReadConfidential(rolesOf(user))) {
        const cells = confidentialCells(columns, rows)
        if (cells.length > 0) {
          throw new ImportRefusal(
            `第 ${cells[0].row} 行「${cells[0].column}」：您的岗位无权录入住户保密信息 / Your role may not import confidential columns`,
            cells[0].column,
            cells,
          )
        }
      }
      parsed = parseRows(kind, columns, rows)
    } catch (error) {
      if (error instanceof ImportRefusal) throw refusal(error.message, error.problems, error.column)
      throw error
    }
    const answer = (plan: ImportPlan, created: Record<number, number | string> = {}) => ({
      kind,
      dryRun,
      format,
      rows: parsed.length,
      counts: plan.counts,
      problems: plan.problems,
      plan: plan.rows.map((r) => ({ ...r, id: r.id ?? created[r.row] })),
    })
    if (dryRun) {
      return Response.json(answer(await planAgainstDatabase(req, kind, slug, parsed)))
    }
    const own = await initTransaction(req)
    try {
      await holdImportLock(req, kind)
      const plan = await planAgainstDatabase(req, kind, slug, parsed)
      if (plan.problems.length > 0) {
        throw refusal(
          `${plan.problems.length} 处问题，未导入任何数据；请先试导入查看 / ${plan.problems.length} problems; nothing was imported`,
          plan.problems,
          plan.problems[0].column,
        )
      }
      const created = await writePlan(req, kind, slug, plan)
      if (own) await commitTransaction(req)
      return Response.json(answer(plan, created))
    } catch (error) {
      await killTransaction(req)
      throw error
    }
  },
}
