import type { TextFieldSingleValidation } from 'payload'

import type { IdType } from '@/domain/contact'
import { isValidIdNumber } from '@/domain/contact'

import { tooLong } from './validators'

/** The ID number is checked against the kind of document recorded next to it. */
export const idNumberValidation: TextFieldSingleValidation = (value, { siblingData }) => {
  if (!value) return true
  const long = tooLong(value, 32)
  if (long) return long
  const type = (siblingData as { idType?: IdType } | undefined)?.idType
  return isValidIdNumber(type, value) || '证件号码格式不正确 / Not a valid ID number for its type'
}
