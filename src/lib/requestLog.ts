import { AsyncLocalStorage } from 'async_hooks'
import { randomUUID } from 'crypto'

/**
 * One id per API request, in every log line written while it runs and in the `X-Request-Id`
 * response header; a line per request that ends in a server error or takes at least
 * `SLOW_REQUEST_MS` (the slow-request log). Payload's logger is pino, writing JSON: its `mixin`
 * (`requestLogMixin`, set in payload.config.ts) adds the id of the request in flight.
 */
type RequestScope = { requestId: string }

const scope = new AsyncLocalStorage<RequestScope>()

/** pino `mixin`: the id of the request this line is written for, if any. */
export const requestLogMixin = (): Record<string, string> => {
  const current = scope.getStore()
  return current ? { requestId: current.requestId } : {}
}

/** A client's or proxy's id is kept when it is a plain token; anything else gets a new one. */
export const requestIdFrom = (header: string | null): string =>
  header && /^[A-Za-z0-9._:-]{1,64}$/.test(header) ? header : randomUUID()

/** The fields of a request's log line: the path without its query (which may carry names). */
export const requestLine = (request: Request, status: number, ms: number) => ({
  method: request.method,
  path: new URL(request.url).pathname,
  status,
  ms: Math.round(ms),
})

type Logger = {
  warn: (obj: object, msg: string) => void
  error: (obj: object, msg: string) => void
  debug: (obj: object, msg: string) => void
}

type RouteHandler<C> = (request: Request, context: C) => Promise<Response>

/**
 * Wraps a Next route handler: runs it with its request id in scope, sets `X-Request-Id` on the
 * answer, and logs it — `error` for a 5xx or a throw, `warn` when slow, `debug` otherwise.
 */
export const withRequestLog =
  <C>(handler: RouteHandler<C>, logger: () => Promise<Logger>, slowMs: number): RouteHandler<C> =>
  async (request, context) => {
    const requestId = requestIdFrom(request.headers.get('x-request-id'))
    const started = performance.now()
    let response: Response
    try {
      response = await scope.run({ requestId }, () => handler(request, context))
    } catch (error) {
      const line = requestLine(request, 500, performance.now() - started)
      await scope.run({ requestId }, async () =>
        (await logger()).error({ ...line, err: error }, 'request failed'),
      )
      throw error
    }
    const line = requestLine(request, response.status, performance.now() - started)
    await scope.run({ requestId }, async () => {
      const log = await logger()
      if (line.status >= 500) log.error(line, 'request failed')
      else if (line.ms >= slowMs) log.warn(line, 'slow request')
      else log.debug(line, 'request')
    })
    try {
      response.headers.set('X-Request-Id', requestId)
      return response
    } catch {
      // A response with immutable headers (a redirect from fetch) is copied.
      const copy = new Response(response.body, response)
      copy.headers.set('X-Request-Id', requestId)
      return copy
    }
  }
