import type { Endpoint, PayloadRequest } from 'payload'

import type { RegisterName } from '@/domain/registers'
import { REGISTER_NAMES, REGISTERS } from '@/domain/registers'
import { parseRegisterRange } from '@/domain/registers/range'
import { requireUser } from '@/lib/endpointUser'
import { forbidden, invalidField } from '@/lib/errors'
import { officeSettings } from '@/lib/officeSettings'
import { tableWorkbook, xlsxResponse } from '@/lib/xlsx/tableWorkbook'
import { pdfResponse } from '@/pdf/pdfKit'
import { letterheadFor } from '@/lib/printing/letterhead'
import { renderRegister } from '@/pdf/registers'
import { slugs } from '@/slugs'

import { readRegisterLogs, readRegisterPasses, registerLabels } from './readSources'

/**
 * Who may print a register: whoever may read shift logs — the collection's own read access, asked
 * before anything is read (403), and then applied row by row by reading as the user.
 */
const checkShiftLogReader = async (req: PayloadRequest) => {
  const read = req.payload.collections[slugs.shiftLogs].config.access.read
  if (!(await read({ req }))) {
    throw forbidden('无权查看交接班登记 / You may not read the shift logs')
  }
}

/** The register of the period as a table, built from what the user may read. */
export const buildRegister = async (req: PayloadRequest, name: RegisterName) => {
  const user = requireUser(req)
  await checkShiftLogReader(req)
  const office = await officeSettings(req)
  const parsed = parseRegisterRange(
    req.searchParams.get('from'),
    req.searchParams.get('to'),
    office.timezone,
  )
  if (!parsed.ok) throw invalidField('reports', parsed.field, parsed.message)
  const { range } = parsed
  const definition = REGISTERS[name]
  const logs = await readRegisterLogs(req, user, range, Boolean(definition.frontDeskOnly))
  const passes = definition.readsPasses ? await readRegisterPasses(req, user, range) : []
  const report = definition.build(
    { logs, passes },
    { range, timeZone: office.timezone, now: new Date(), ...registerLabels(office) },
  )
  const period = range.from === range.to ? range.from : `${range.from}至${range.to}`
  return { report, definition, office, filename: `${definition.file}-${period}` }
}

const registerJson = (name: RegisterName): Endpoint => ({
  path: `/reports/registers/${name}`,
  method: 'get',
  handler: async (req) => Response.json((await buildRegister(req, name)).report),
})

const registerPdf = (name: RegisterName): Endpoint => ({
  path: `/reports/registers/${name}.pdf`,
  method: 'get',
  handler: async (req) => {
    const { report, definition, filename } = await buildRegister(req, name)
    const bytes = await renderRegister(
      report,
      definition.form,
      await letterheadFor(req, definition.form),
    )
    return pdfResponse(bytes, `${filename}.pdf`)
  },
})

const registerXlsx = (name: RegisterName): Endpoint => ({
  path: `/reports/registers/${name}.xlsx`,
  method: 'get',
  handler: async (req) => {
    const { report, filename } = await buildRegister(req, name)
    return xlsxResponse(await tableWorkbook([report]), `${filename}.xlsx`)
  },
})

/**
 * `GET /api/reports/registers/<visitors|mail|passes|releases|front-desk-duty>[.pdf|.xlsx]
 * ?from=YYYY-MM-DD&to=YYYY-MM-DD` — the front desk's registers of a day, a week, a month (at most
 * a year): as JSON (the table), printed, or for Excel, with the same rows.
 */
export const registerEndpoints: Endpoint[] = REGISTER_NAMES.flatMap((name) => [
  registerJson(name),
  registerPdf(name),
  registerXlsx(name),
])
