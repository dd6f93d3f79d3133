import type {
  EmailFieldValidation,
  NumberFieldSingleValidation,
  TextFieldSingleValidation,
} from 'payload'
import { validations } from 'payload'

import { isValidEmail, isValidPhone, MAX_EMAIL_LENGTH } from '@/domain/contact'

export const positiveNumber: NumberFieldSingleValidation = (value) => {
  if (value === null || value === undefined) return true
  return (
    (typeof value === 'number' && Number.isFinite(value) && value > 0) ||
    '必须大于 0 / Must be greater than 0'
  )
}

/**
 * A field's own `validate` replaces Payload's text check, `maxLength` included: the bound is
 * checked here first, before any pattern sees the value.
 */
export const tooLong = (value: unknown, max: number): string | null =>
  typeof value === 'string' && value.length > max
    ? `不能超过 ${max} 个字符 / At most ${max} characters`
    : null

export const MAX_PHONE_LENGTH = 32

export const phoneNumber: TextFieldSingleValidation = (value) => {
  if (!value) return true
  return (
    (tooLong(value, MAX_PHONE_LENGTH) ?? isValidPhone(value)) ||
    '电话号码格式不正确 / Not a valid phone number'
  )
}

export const emailAddress: EmailFieldValidation = (value) => {
  if (!value) return true
  return (
    (tooLong(value, MAX_EMAIL_LENGTH) ?? isValidEmail(value)) ||
    '邮箱格式不正确 / Not a valid email address'
  )
}

/**
 * Payload's own email check (format, required), after a length bound: a megabyte-long address is
 * refused before any pattern looks at it.
 */
export const accountEmail: EmailFieldValidation = (value, args) => {
  return tooLong(value, MAX_EMAIL_LENGTH) ?? validations.email(value, args)
}
