/**
 * Paid services (有偿服务): lines priced from the price list, or agreed on site with the resident.
 * Amounts are in fen (integer cents) inside, yuan outside, so totals never drift.
 */
export type PriceItem = { id: number | string; item: string; unit: string; price: number }

export type LineInput = {
  item?: number | string | null
  description?: string | null
  quantity?: number | null
  unitPrice?: number | null
  agreedByResident?: boolean | null
}

export type PricedLine = {
  item: number | string | null
  description: string
  quantity: number
  unitPrice: number
  amount: number
  onSitePrice: boolean
  agreedByResident: boolean
}

export type PricingProblem = { path: string; message: string }

const toFen = (yuan: number) => Math.round(yuan * 100)
const toYuan = (fen: number) => fen / 100

/** Prices every line and the total, or names the first line and field that cannot be priced. */
export const priceLines = (
  lines: readonly LineInput[],
  priceList: ReadonlyMap<string, PriceItem>,
): { lines: PricedLine[]; total: number } | PricingProblem => {
  const priced: PricedLine[] = []
  let totalFen = 0
  for (const [index, line] of lines.entries()) {
    const path = (field: string) => `lines.${index}.${field}`
    const quantity = Number(line.quantity)
    if (!Number.isFinite(quantity) || quantity <= 0) {
      return { path: path('quantity'), message: '数量必须大于 0 / Quantity must be greater than 0' }
    }
    let unitPrice: number
    let description: string
    const onSite = line.item === null || line.item === undefined || line.item === ''
    if (!onSite) {
      const item = priceList.get(String(line.item))
      if (!item)
        return { path: path('item'), message: '价目表中没有此项目 / Not on the price list' }
      unitPrice = item.price
      description = `${item.item}（${item.unit}）`
    } else {
      description = String(line.description ?? '').trim()
      unitPrice = Number(line.unitPrice)
      if (!description) {
        return {
          path: path('description'),
          message: '现场定价须写明项目 / Describe an on-site priced item',
        }
      }
      if (!Number.isFinite(unitPrice) || unitPrice < 0) {
        return {
          path: path('unitPrice'),
          message: '单价不能为负数 / Unit price must not be negative',
        }
      }
      if (line.agreedByResident !== true) {
        return {
          path: path('agreedByResident'),
          message: '现场定价须经住户同意 / An on-site price needs the resident’s agreement',
        }
      }
    }
    const amountFen = Math.round(toFen(unitPrice) * quantity)
    totalFen += amountFen
    priced.push({
      item: onSite ? null : (line.item as number | string),
      description,
      quantity,
      unitPrice,
      amount: toYuan(amountFen),
      onSitePrice: onSite,
      agreedByResident: line.agreedByResident === true,
    })
  }
  return { lines: priced, total: toYuan(totalFen) }
}

export type MaterialInput = {
  source?: 'company' | 'resident' | null
  name?: string | null
  quantity?: number | null
  unitCost?: number | null
  check?: 'pass' | 'fail' | null
}

/** Materials used on site: company stock is costed; what the resident supplied is checked. */
export const costMaterials = (
  materials: readonly MaterialInput[],
): { materials: Array<MaterialInput & { cost: number }>; cost: number } | PricingProblem => {
  let totalFen = 0
  const out: Array<MaterialInput & { cost: number }> = []
  for (const [index, m] of materials.entries()) {
    const path = (field: string) => `materials.${index}.${field}`
    const quantity = Number(m.quantity)
    if (!Number.isFinite(quantity) || quantity <= 0) {
      return { path: path('quantity'), message: '数量必须大于 0 / Quantity must be greater than 0' }
    }
    if (m.source === 'resident') {
      if (m.check !== 'pass' && m.check !== 'fail') {
        return {
          path: path('check'),
          message: '住户自备材料须检验合格与否 / Check materials the resident supplied',
        }
      }
      out.push({ ...m, quantity, unitCost: null, cost: 0 })
      continue
    }
    const unitCost = Number(m.unitCost ?? 0)
    if (!Number.isFinite(unitCost) || unitCost < 0) {
      return { path: path('unitCost'), message: '成本不能为负数 / Cost must not be negative' }
    }
    const fen = Math.round(toFen(unitCost) * quantity)
    totalFen += fen
    out.push({ ...m, quantity, unitCost, cost: toYuan(fen) })
  }
  return { materials: out, cost: toYuan(totalFen) }
}

export const isPricingProblem = (value: unknown): value is PricingProblem =>
  typeof value === 'object' && value !== null && 'path' in value && 'message' in value
