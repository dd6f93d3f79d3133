/**
 * Contact data rules. Phone numbers in a Chinese estate are mobile numbers (11 digits starting
 * with 1) or landlines with an area code; an optional +86 and separators are accepted.
 */
const MOBILE = /^1[3-9]\d{9}$/
const LANDLINE = /^0\d{2,3}\d{7,8}(\d{1,6})?$/

export const normalisePhone = (value: string): string =>
  value.replace(/[\s\-()]/g, '').replace(/^\+?86(?=1|0)/, '')

export const isValidPhone = (value: string): boolean => {
  const digits = normalisePhone(value)
  return MOBILE.test(digits) || LANDLINE.test(digits)
}

export const MAX_EMAIL_LENGTH = 254

/**
 * Plain, strict enough for an office: one @, dotted domain labels, no spaces, and none of the
 * characters of display names, comments and lists (`<>()[]\,;:"`), which mail libraries parse
 * (nodemailer advisories of 2026 concern such addresses). The length is checked first, and the
 * pattern has one way to match each character (labels hold no dot), so it runs in linear time;
 * the earlier `[^\s@]+\.[^\s@]+` backtracked quadratically.
 */
export const isValidEmail = (value: string): boolean =>
  value.length <= MAX_EMAIL_LENGTH &&
  /^[^\s@<>()[\]\\,;:"]+@[^\s@.<>()[\]\\,;:"]+(?:\.[^\s@.<>()[\]\\,;:"]+)+$/.test(value)

export const ID_TYPES = ['mainland-id', 'hk-macao-taiwan', 'passport', 'other'] as const
export type IdType = (typeof ID_TYPES)[number]

const MAINLAND_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const MAINLAND_CHECK = '10X98765432'

/** Resident identity card (居民身份证): 18 characters, the last one a checksum (GB 11643). */
export const isValidMainlandId = (value: string): boolean => {
  const id = value.toUpperCase()
  if (!/^\d{17}[\dX]$/.test(id)) return false
  const sum = MAINLAND_WEIGHTS.reduce((acc, weight, i) => acc + weight * Number(id[i]), 0)
  return MAINLAND_CHECK[sum % 11] === id[17]
}

export const isValidIdNumber = (type: IdType | null | undefined, value: string): boolean => {
  switch (type ?? 'mainland-id') {
    case 'mainland-id':
      return isValidMainlandId(value)
    case 'hk-macao-taiwan':
      return /^[A-Z0-9]{8,11}$/i.test(value)
    case 'passport':
      return /^[A-Z0-9]{5,17}$/i.test(value)
    default:
      return value.trim().length >= 4 && value.length <= 32
  }
}
