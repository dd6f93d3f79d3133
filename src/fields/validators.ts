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

export const nonNegativeNumber: NumberFieldSingleValidation = (value) => {
  if (value === null || value === undefined) return true
  return (
    (typeof value === 'number' && Number.isFinite(value) && value >= 0) ||
    '不能为负数 / Must not be negative'
  )
}

export const phoneNumber: TextFieldSingleValidation = (value) => {
  if (!value) return true
  return isValidPhone(value) || '电话号码格式不正确 / Not a valid phone number'
}

export const emailAddress: EmailFieldValidation = (value) => {
  if (!value) return true
  return isValidEmail(value) || '邮箱格式不正确 / Not a valid email address'
}

/**
 * Payload's own email check (format, required), after a length bound: a megabyte-long address is
 * refused before any pattern looks at it.
 */
export const accountEmail: EmailFieldValidation = (value, args) => {
  if (typeof value === 'string' && value.length > MAX_EMAIL_LENGTH) {
    return `邮箱不能超过 ${MAX_EMAIL_LENGTH} 个字符 / At most ${MAX_EMAIL_LENGTH} characters`
  }
  return validations.email(value, args)
}
