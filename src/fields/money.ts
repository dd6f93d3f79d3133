import type { NumberField, NumberFieldSingleValidation } from 'payload'
import { validations } from 'payload'

import type { BilingualLabel } from '@/i18n/label'
import { label } from '@/i18n/label'

import { serverSet } from './serverOnly'

/** Whether a yuan amount is a whole number of fen (at most two decimals, up to float noise). */
export const isWholeFen = (yuan: number): boolean =>
  Math.abs(yuan * 100 - Math.round(yuan * 100)) < 1e-6

/** Payload's number check (required, min), then the fen: no amount smaller than one fen. */
export const moneyValidation: NumberFieldSingleValidation = (value, args) => {
  const checked = validations.number(value, args)
  if (checked !== true) return checked
  if (typeof value === 'number' && !isWholeFen(value)) {
    return '金额最多精确到分（两位小数） / An amount has at most two decimals (whole fen)'
  }
  return true
}

type MoneyOptions = {
  /** Set by the server only (a total, an amount computed from the price list). */
  serverOnly?: boolean
  overrides?: {
    label?: BilingualLabel
    defaultValue?: number
    required?: boolean
    admin?: NumberField['admin']
  }
}

/**
 * An amount of money, never negative. Stored in yuan (元) to the fen, as the rest of the system
 * reads it: `src/domain/workOrders/pricing.ts` and `src/domain/violations/amounts.ts` compute in
 * whole fen and hand back yuan, so a value here is always a whole number of fen. The label says
 * the unit: `money('total', label('合计', 'Total'))` is 「合计 (元)」 / "Total (CNY)".
 */
export const money = (
  name: string,
  { zh, en }: BilingualLabel,
  { serverOnly = false, overrides = {} }: MoneyOptions = {},
): NumberField => {
  const field: NumberField = {
    name,
    type: 'number',
    min: 0,
    validate: moneyValidation,
    label: label(`${zh} (元)`, `${en} (CNY)`),
    ...overrides,
    admin: {
      step: 0.01,
      description: label('以元为单位，精确到分', 'In yuan, to the fen'),
      ...overrides.admin,
    },
  }
  return serverOnly ? serverSet(field) : field
}
