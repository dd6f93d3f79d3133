import { anyFieldChanged, closedMonthsTouched, monthFigureKey } from '@/domain/monthFigures'

describe('closedMonthsTouched', () => {
  const tz = 'Asia/Shanghai'
  const now = new Date('2026-12-02T04:00:00Z')

  it('should name the closed months an instant falls in, by local time, oldest first, once each', () => {
    expect(
      closedMonthsTouched(
        ['2026-10-05T00:00:00Z', '2026-03-01T00:00:00Z', '2026-10-20T00:00:00Z'],
        now,
        tz,
      ),
    ).toEqual(['2026-03', '2026-10'])
  })

  it('should leave out the month in progress, months past the trend and nothing given', () => {
    // 30 November 16:30 UTC is 1 December 00:30 in Shanghai: this month, not a closed one.
    expect(closedMonthsTouched(['2026-11-30T16:30:00Z', null, undefined, 'junk'], now, tz)).toEqual(
      [],
    )
    // …while 30 November 15:30 UTC is still November there.
    expect(closedMonthsTouched(['2026-11-30T15:30:00Z'], now, tz)).toEqual(['2026-11'])
    // Twelve months with this one: January 2026 is the oldest shown, December 2025 is not.
    expect(closedMonthsTouched(['2026-01-15T00:00:00Z', '2025-12-15T00:00:00Z'], now, tz)).toEqual([
      '2026-01',
    ])
  })

  it('should key a month by the office time zone, since the zone sets its bounds', () => {
    expect(monthFigureKey(tz, '2026-10')).toBe('Asia/Shanghai|2026-10')
  })
})

describe('anyFieldChanged', () => {
  it('should see a new record, a changed field or a changed relation, and nothing else', () => {
    expect(anyFieldChanged(['verdict'], { verdict: 'a' }, undefined)).toBe(true)
    expect(anyFieldChanged(['verdict'], { verdict: 'a', x: 1 }, { verdict: 'a', x: 2 })).toBe(false)
    expect(anyFieldChanged(['verdict'], { verdict: 'b' }, { verdict: 'a' })).toBe(true)
    expect(anyFieldChanged(['complaint'], { complaint: { id: 3 } }, { complaint: 3 })).toBe(false)
    expect(anyFieldChanged(['complaint'], { complaint: 4 }, { complaint: 3 })).toBe(true)
    expect(anyFieldChanged(['verdict'], { verdict: null }, {})).toBe(false)
  })
})
