import { Writable } from 'stream'

import { pino } from 'pino'

import { requestIdFrom, requestLogMixin, withRequestLog } from '@/lib/requestLog'

/** A real pino logger, as Payload's, writing JSON lines into an array. */
const capture = () => {
  const lines: Array<Record<string, unknown>> = []
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)))
      done()
    },
  })
  const logger = pino({ level: 'debug', mixin: requestLogMixin }, stream)
  return { lines, logger }
}

describe('request ids and the slow-request log', () => {
  it('gives each request an id, in the response header and in every line logged while it runs', async () => {
    const { lines, logger } = capture()
    const handler = withRequestLog(
      async () => {
        logger.info('inside the handler')
        return Response.json({ ok: true })
      },
      async () => logger,
      1000,
    )
    const res = await handler(new Request('http://x/api/complaints?where[phone]=138'), {})
    const id = res.headers.get('x-request-id')
    expect(id).toMatch(/^[0-9a-f-]{36}$/)
    expect(lines.find((l) => l.msg === 'inside the handler')).toMatchObject({ requestId: id })
    const line = lines.find((l) => l.msg === 'request')
    expect(line).toMatchObject({
      requestId: id,
      method: 'GET',
      path: '/api/complaints',
      status: 200,
    })
    expect(JSON.stringify(line)).not.toContain('138')
  })

  it('keeps a proxy’s plain id and replaces anything else', () => {
    expect(requestIdFrom('edge-7f3a.1')).toBe('edge-7f3a.1')
    expect(requestIdFrom('bad id\nwith newline')).not.toContain('\n')
    expect(requestIdFrom('x'.repeat(65))).toHaveLength(36)
    expect(requestIdFrom(null)).toHaveLength(36)
  })

  it('logs a slow request at warn and a server error at error, each with its time', async () => {
    const { lines, logger } = capture()
    const slow = withRequestLog(
      async () => {
        await new Promise((resolve) => setTimeout(resolve, 30))
        return new Response('late')
      },
      async () => logger,
      20,
    )
    await slow(new Request('http://x/api/dashboard', { headers: { 'x-request-id': 'r-1' } }), {})
    expect(lines.find((l) => l.msg === 'slow request')).toMatchObject({
      level: 40,
      requestId: 'r-1',
      path: '/api/dashboard',
    })
    expect(Number(lines.find((l) => l.msg === 'slow request')?.ms)).toBeGreaterThanOrEqual(20)

    const failing = withRequestLog(
      async () => new Response('no', { status: 503 }),
      async () => logger,
      1000,
    )
    await failing(new Request('http://x/api/health', { method: 'POST' }), {})
    expect(lines.find((l) => l.msg === 'request failed')).toMatchObject({
      level: 50,
      status: 503,
      method: 'POST',
    })
  })

  it('logs a handler that throws as failed and passes the error on', async () => {
    const { lines, logger } = capture()
    const throwing = withRequestLog(
      async () => {
        throw new Error('boom')
      },
      async () => logger,
      1000,
    )
    await expect(throwing(new Request('http://x/api/x'), {})).rejects.toThrow('boom')
    expect(lines.find((l) => l.msg === 'request failed')).toMatchObject({ status: 500, level: 50 })
    expect(requestLogMixin()).toEqual({})
  })
})
