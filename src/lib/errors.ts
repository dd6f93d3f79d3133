import { APIError, ValidationError } from 'payload'

/** 403 with a message that says what was refused and why. Nothing is saved. */
export const forbidden = (message: string) => new APIError(message, 403, null, true)

/** 400 naming the field and the reason, in Payload's validation-error shape. */
export const invalidField = (collection: string, path: string, message: string) =>
  new ValidationError({ collection, errors: [{ path, message }] })

/** 409: the request was valid but the record's state does not allow it now. */
export const conflict = (message: string) => new APIError(message, 409, null, true)

/** 401: the request carries no signed-in user. */
export const unauthorized = () => new APIError('请先登录 / Sign in first', 401, null, true)
