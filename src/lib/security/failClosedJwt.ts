import type { AuthStrategy, Payload, PayloadRequest } from 'payload'
import { JWTAuthentication } from 'payload'

import { isDatabaseUnavailable } from '@/domain/databaseErrors'

/**
 * Payload's JWT strategy with one difference: a signed-in request whose user cannot be loaded
 * because the database is unavailable (the pool's wait ran out, the server restarting, a cut
 * connection) fails with 503 instead of going on as anonymous.
 *
 * Payload's own `local-jwt` catches every error of its user lookup and answers "no user", and
 * `executeAuthStrategies` swallows whatever a strategy throws, so a clerk's request would be
 * answered 401 "请先登录" or 403 — or worse, handled as an anonymous one. This strategy runs
 * first (Payload puts collection strategies before `local-jwt`) and calls Payload's
 * `JWTAuthentication` itself, with the same name, watching its `findByID`: everything Payload
 * checks (signature, sessions, `sid`) stays Payload's. A found user is returned as Payload would
 * return it, and `local-jwt` does not run again.
 *
 * When the lookup failed for an unavailable database, the request is marked (`failWhenAnonymous`):
 * unless a later strategy finds the user, the first code that asks for `req.user` gets the
 * failure, and Payload's error route answers it through the root `afterError`
 * (`answerUnavailableDatabase`: 503 with `Retry-After`). Admin pages authenticate without a
 * request (`initReq`): they are not marked and still show the sign-in page.
 * A request without a token, a bad or expired token, an unknown or deleted user and an ended
 * session are left exactly as Payload answers them (no lookup error).
 */
export const failClosedJwt: AuthStrategy = {
  name: 'local-jwt-fail-closed',
  authenticate: async (args) => {
    let lookupFailure: unknown
    const { payload } = args
    // Payload, with its findByID watched: the strategy's lookup is the only call it makes.
    const watched = Object.create(payload, {
      findByID: {
        value: async (options: Parameters<Payload['findByID']>[0]) => {
          try {
            return await payload.findByID(options)
          } catch (error) {
            lookupFailure = error
            throw error
          }
        },
      },
    }) as Payload
    const result = await JWTAuthentication({ ...args, payload: watched, strategyName: 'local-jwt' })
    if (!result.user && args.req && isDatabaseUnavailable(lookupFailure)) {
      failWhenAnonymous(args.req, lookupFailure)
    }
    return result
  },
}

/**
 * From now on reading `req.user` throws the lookup's failure: whatever needs to know who is asking
 * (an access check, a hook, an endpoint's `requireUser`) learns that the database cannot tell, and
 * Payload's error route answers 503; nothing runs as anonymous. Setting a user (a later strategy
 * found it after all) puts the plain property back; Payload setting nobody changes nothing.
 * `local-jwt`, which runs next with the same token, then fails at once inside its own try/catch
 * (its Local API call reads `req.user` first) instead of waiting for the pool a second time.
 */
const failWhenAnonymous = (req: PayloadRequest, failure: unknown): void => {
  const error = new Error('The signed-in user could not be loaded: the database is unavailable', {
    cause: failure,
  })
  Object.defineProperty(req, 'user', {
    configurable: true,
    enumerable: true,
    get: () => {
      throw error
    },
    set(user: PayloadRequest['user']) {
      if (!user) return
      Object.defineProperty(req, 'user', {
        configurable: true,
        enumerable: true,
        writable: true,
        value: user,
      })
    },
  })
}
