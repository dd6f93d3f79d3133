import { endOfLocalDay, formatLocal, localDate, localYearMonth, zonedTime } from '@/domain/time'
import { parsePeriod, percent } from '@/domain/reportPeriods'

describe('endOfLocalDay', () => {
  it.each([
    // instant (UTC)              timezone            23:59:59.999 local, in UTC
    ['2026-11-22T02:00:00.000Z', 'Asia/Shanghai', '2026-11-22T15:59:59.999Z'],
    // 17:30 UTC is already 01:30 the next day in Shanghai: the deadline is that day's end.
    ['2026-11-22T17:30:00.000Z', 'Asia/Shanghai', '2026-11-23T15:59:59.999Z'],
    ['2026-11-22T15:59:59.999Z', 'Asia/Shanghai', '2026-11-22T15:59:59.999Z'],
    ['2026-11-22T16:00:00.000Z', 'Asia/Shanghai', '2026-11-23T15:59:59.999Z'],
    ['2026-11-22T10:00:00.000Z', 'UTC', '2026-11-22T23:59:59.999Z'],
    // New York in summer time (UTC−4) and on the day it ends (UTC−5 by evening).
    ['2026-07-01T12:00:00.000Z', 'America/New_York', '2026-07-02T03:59:59.999Z'],
    ['2026-11-01T12:00:00.000Z', 'America/New_York', '2026-11-02T04:59:59.999Z'],
  ])('%s in %s → %s', (instant, tz, expected) => {
    expect(endOfLocalDay(new Date(instant), tz).toISOString()).toBe(expected)
  })
})

describe('local calendar', () => {
  it('should read month and date in the office timezone', () => {
    expect(localYearMonth(new Date('2026-07-31T17:00:00Z'), 'Asia/Shanghai')).toBe('2026-08')
    expect(localYearMonth(new Date('2026-07-31T17:00:00Z'), 'UTC')).toBe('2026-07')
    expect(localDate(new Date('2026-12-31T16:00:00Z'), 'Asia/Shanghai')).toBe('2027-01-01')
    expect(formatLocal('2026-11-22T06:05:00Z', 'Asia/Shanghai')).toBe('2026-11-22 14:05')
    expect(zonedTime('Asia/Shanghai', 2026, 8, 1).toISOString()).toBe('2026-07-31T16:00:00.000Z')
  })
})

describe('parsePeriod', () => {
  it.each([
    ['2026-08', 'month', '2026-07-31T16:00:00.000Z', '2026-08-31T16:00:00.000Z'],
    ['2026-12', 'month', '2026-11-30T16:00:00.000Z', '2026-12-31T16:00:00.000Z'],
    ['2026-Q3', 'quarter', '2026-06-30T16:00:00.000Z', '2026-09-30T16:00:00.000Z'],
    ['2026-Q4', 'quarter', '2026-09-30T16:00:00.000Z', '2026-12-31T16:00:00.000Z'],
  ])('%s → %s [%s, %s)', (value, kind, from, to) => {
    const period = parsePeriod(value, 'Asia/Shanghai')
    expect(period).toMatchObject({ kind })
    expect(period?.from.toISOString()).toBe(from)
    expect(period?.to.toISOString()).toBe(to)
  })

  it.each(['2026-13', '2026-00', '2026-8', '2026-Q5', '26-08', 'august', ''])(
    'should refuse %p',
    (v) => {
      expect(parsePeriod(v, 'Asia/Shanghai')).toBeNull()
    },
  )

  it('should give percentages with one decimal and nothing for an empty whole', () => {
    expect(percent(2, 3)).toBe(66.7)
    expect(percent(0, 0)).toBeNull()
  })
})
