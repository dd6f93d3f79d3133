import {
  addWorkingDays,
  addWorkingHours,
  closeOfWorkingDay,
  isWorkingTime,
  workingSpanOn,
} from '@/domain/calendar/workingTime'
import type { CalendarYear, WorkingCalendar } from '@/domain/calendar/workingTime'
import type { DeadlineCalendar } from '@/domain/calendar/deadlineRules'
import { DEFAULT_DEADLINE_RULES, deadlineRulesFrom } from '@/domain/calendar/deadlineRules'
import {
  DEFAULT_HOURS_ROWS,
  calendarProblem,
  deadlineCalendarFrom,
  nextYearRow,
} from '@/domain/calendar/officeCalendar'
import type { StoredCalendar } from '@/domain/calendar/officeCalendar'
import { complaintDeadlines } from '@/domain/complaints/deadlines'
import { complaintVisitWindow } from '@/domain/complaints/returnVisits'
import { zonedTime } from '@/domain/time'

import { CALENDAR_2026 } from '../../seed/calendar'

/**
 * 2024 as the State Council's notice set it around 中秋 and 国庆: 9/15–17 off with Saturday 9/14
 * worked; 10/1–7 off with Sunday 9/29 and Saturday 10/12 worked. Weekdays 08:30–17:30.
 */
const weekdays = {
  mon: { start: '08:30', end: '17:30' },
  tue: { start: '08:30', end: '17:30' },
  wed: { start: '08:30', end: '17:30' },
  thu: { start: '08:30', end: '17:30' },
  fri: { start: '08:30', end: '17:30' },
}
const year2024: CalendarYear = {
  year: 2024,
  hours: weekdays,
  holidays: [
    { name: '中秋节', from: '2024-09-15', to: '2024-09-17' },
    { name: '国庆节', from: '2024-10-01', to: '2024-10-07' },
  ],
  workdays: ['2024-09-14', '2024-09-29', '2024-10-12'],
}
const shanghai: WorkingCalendar = { timeZone: 'Asia/Shanghai', years: [year2024] }
const sh = (m: number, d: number, h = 0, min = 0) => zonedTime('Asia/Shanghai', 2024, m, d, h, min)
const iso = (date: Date) => date.toISOString()

describe('the working days of a holiday week', () => {
  it.each([
    ['2024-09-27', '08:30'], // Friday
    ['2024-09-28', null], // Saturday
    ['2024-09-29', '08:30'], // Sunday made a working day (调休)
    ['2024-10-01', null], // 国庆
    ['2024-10-07', null], // 国庆, a Monday
    ['2024-10-08', '08:30'],
    ['2024-10-12', '08:30'], // Saturday made a working day
    ['2024-10-13', null],
    ['2025-03-01', null], // a year not entered: the default Monday–Friday
    ['2025-03-03', '08:30'],
  ])('%s opens at %s', (date, opens) => {
    expect(workingSpanOn(shanghai, date)?.start ?? null).toBe(opens)
  })
})

describe('addWorkingHours', () => {
  it.each([
    // Monday before 国庆 at 16:30: one hour that day, the holiday off, seven more on Tuesday 10/8.
    ['an hour before the holiday', sh(9, 30, 16, 30), 8, sh(10, 8, 15, 30)],
    // Saturday evening: the 调休 Sunday 9/29 works.
    ['into the 调休 Sunday', sh(9, 28, 20), 2, sh(9, 29, 10, 30)],
    // Friday 10/11 at 17:00: half an hour, then the 调休 Saturday 10/12 from 08:30.
    ['into the 调休 Saturday', sh(10, 11, 17), 1, sh(10, 12, 9)],
    // The 调休 Saturday's close runs on to Monday 10/14, past the ordinary Sunday.
    ['past the Sunday after it', sh(10, 12, 17), 1, sh(10, 14, 9)],
    // A deadline that spends the day exactly falls at its close, not at the next opening.
    ['a whole day', sh(10, 14, 8, 30), 9, sh(10, 14, 17, 30)],
    ['before opening', sh(10, 8, 7), 1, sh(10, 8, 9, 30)],
    ['at opening', sh(10, 8, 8, 30), 1, sh(10, 8, 9, 30)],
    ['after closing', sh(10, 8, 18), 1, sh(10, 9, 9, 30)],
    ['at closing', sh(10, 8, 17, 30), 1, sh(10, 9, 9, 30)],
    ['during a holiday', sh(10, 3, 11), 1, sh(10, 8, 9, 30)],
    ['none', sh(10, 3, 11), 0, sh(10, 3, 11)],
  ])('%s', (_, t, hours, expected) => {
    expect(iso(addWorkingHours(t, hours, shanghai))).toBe(iso(expected))
  })
})

describe('addWorkingDays', () => {
  it.each([
    // Monday 9/30 10:00: the next working day is Tuesday 10/8.
    ['across 国庆', sh(9, 30, 10), 1, sh(10, 8, 10)],
    // Five working days: 10/8, 10/9, 10/10, 10/11 and the 调休 Saturday 10/12.
    ['a working week ending on the 调休 Saturday', sh(9, 30, 10), 5, sh(10, 12, 10)],
    // Registered in the holiday: it stands at the close of Monday 9/30; one day on is 10/8's close.
    ['from inside the holiday', sh(10, 5, 15), 1, sh(10, 8, 17, 30)],
    // Monday 10/14 at 07:00 stands at the close of the 调休 Saturday: one day on is Monday's close.
    ['before opening after a 调休 Saturday', sh(10, 14, 7), 1, sh(10, 14, 17, 30)],
    ['after closing', sh(10, 8, 20), 1, sh(10, 9, 17, 30)],
    ['three days from a Thursday', sh(10, 17, 11), 3, sh(10, 22, 11)],
  ])('%s', (_, t, days, expected) => {
    expect(iso(addWorkingDays(t, days, shanghai))).toBe(iso(expected))
  })
})

describe('closeOfWorkingDay (当天)', () => {
  it.each([
    ['during the day', sh(9, 30, 16), sh(9, 30, 17, 30)],
    ['before opening', sh(9, 30, 7), sh(9, 30, 17, 30)],
    ['after closing, before 国庆', sh(9, 30, 18), sh(10, 8, 17, 30)],
    ['in the holiday', sh(10, 3, 9), sh(10, 8, 17, 30)],
    ['on the 调休 Sunday', sh(9, 29, 12), sh(9, 29, 17, 30)],
  ])('%s', (_, t, expected) => {
    expect(iso(closeOfWorkingDay(t, shanghai))).toBe(iso(expected))
  })

  it('should tell working time from the rest', () => {
    expect(isWorkingTime(sh(10, 12, 9), shanghai)).toBe(true)
    expect(isWorkingTime(sh(10, 13, 9), shanghai)).toBe(false)
    expect(isWorkingTime(sh(10, 8, 17, 30), shanghai)).toBe(false)
  })
})

describe('another timezone', () => {
  // Berlin leaves summer time (UTC+2 → UTC+1) on Sunday 27 October 2024.
  const berlin: WorkingCalendar = {
    timeZone: 'Europe/Berlin',
    years: [{ year: 2024, hours: weekdays, holidays: [], workdays: [] }],
  }
  it('should count in the office’s local hours across a change of offset', () => {
    // Friday 25 Oct, 17:00 in Berlin is 15:00 UTC; half an hour left, then Monday 08:30 CET.
    const friday = new Date('2024-10-25T15:00:00.000Z')
    expect(iso(addWorkingHours(friday, 1, berlin))).toBe('2024-10-28T08:00:00.000Z')
    // 17:00 on Monday is 16:00 UTC now that Berlin is an hour ahead, not two.
    expect(iso(addWorkingDays(friday, 1, berlin))).toBe('2024-10-28T16:00:00.000Z')
    expect(iso(closeOfWorkingDay(friday, berlin))).toBe('2024-10-25T15:30:00.000Z')
  })

  it('should read the same instant as a different local day in Shanghai', () => {
    // 2024-10-07T23:00Z is Tuesday 10/8 07:00 in Shanghai (before opening) but Monday evening UTC.
    const t = new Date('2024-10-07T23:00:00.000Z')
    expect(iso(addWorkingHours(t, 1, shanghai))).toBe(iso(sh(10, 8, 9, 30)))
    const utc: WorkingCalendar = { ...shanghai, timeZone: 'UTC' }
    // In UTC it is Monday 7 October 23:00: still 国庆, so Tuesday 08:30 UTC + 1 h.
    expect(iso(addWorkingHours(t, 1, utc))).toBe('2024-10-08T09:30:00.000Z')
  })
})

describe('complaint deadlines on the office calendar', () => {
  const calendar: DeadlineCalendar = { ...shanghai, rules: DEFAULT_DEADLINE_RULES }
  const registeredAt = iso(sh(9, 30, 20)) // Monday evening before 国庆

  it('should verify by the close of the next working day, and hold the 24 h standard on the clock', () => {
    const due = complaintDeadlines(
      { registeredAt, severity: 'general' },
      'Asia/Shanghai',
      24,
      calendar,
    )
    expect(due.verifyDueAt).toBe(iso(sh(10, 8, 17, 30)))
    expect(due.resolveDueAt).toBe(iso(sh(10, 1, 20)))
  })

  it('should keep an emergency on the clock', () => {
    const due = complaintDeadlines(
      { registeredAt, severity: 'major', emergency: true },
      'Asia/Shanghai',
      24,
      calendar,
    )
    expect(due.verifyDueAt).toBe(iso(zonedTime('Asia/Shanghai', 2024, 9, 30, 23, 59, 59, 999)))
  })

  it('should follow the office’s rules when it changes them', () => {
    const rules = deadlineRulesFrom([
      { kind: 'verification', basis: 'clock' },
      { kind: 'resolution-standard', basis: 'working' },
      { kind: 'no-such-kind', basis: 'clock' },
    ])
    const due = complaintDeadlines({ registeredAt, severity: 'general' }, 'Asia/Shanghai', 24, {
      ...calendar,
      rules,
    })
    expect(due.verifyDueAt).toBe(iso(zonedTime('Asia/Shanghai', 2024, 9, 30, 23, 59, 59, 999)))
    // 24 working hours from Monday evening: 10/8, 10/9 (9 h each), then 6 h on 10/10.
    expect(due.resolveDueAt).toBe(iso(sh(10, 10, 14, 30)))
  })

  it('should keep without a calendar the clock it always had', () => {
    const due = complaintDeadlines({ registeredAt, severity: 'general' }, 'Asia/Shanghai')
    expect(due.verifyDueAt).toBe(iso(zonedTime('Asia/Shanghai', 2024, 9, 30, 23, 59, 59, 999)))
  })

  it('should open the return-visit window in working days', () => {
    const resolvedAt = iso(sh(9, 27, 15)) // Friday before 国庆
    expect(complaintVisitWindow(resolvedAt, false, calendar)).toEqual({
      // 9/29 (调休), 9/30, 10/8 … 10/9, 10/10
      dueFrom: iso(sh(10, 8, 15)),
      dueBy: iso(sh(10, 10, 15)),
    })
    expect(complaintVisitWindow(resolvedAt, true, calendar).dueBy).toBe(iso(sh(10, 8, 15)))
    const clock = { ...calendar, rules: { ...calendar.rules, 'return-visit': 'clock' as const } }
    expect(complaintVisitWindow(resolvedAt, false, clock).dueBy).toBe(iso(sh(10, 4, 15)))
  })
})

describe('calendarProblem', () => {
  const hours = DEFAULT_HOURS_ROWS
  const year = (extra: Record<string, unknown> = {}) => ({ year: 2024, hours, ...extra })
  it.each<[string, StoredCalendar, string]>([
    [
      'overlapping holidays',
      {
        years: [
          year({
            holidays: [
              { name: '国庆节', from: '2024-10-01', to: '2024-10-07' },
              { name: '重阳', from: '2024-10-07', to: '2024-10-08' },
            ],
          }),
        ],
      },
      'years.0.holidays.1.from',
    ],
    [
      'a 调休 day on a Wednesday',
      { years: [year({ workdays: [{ date: '2024-10-09' }] })] },
      'years.0.workdays.0.date',
    ],
    [
      'a 调休 day inside a holiday',
      {
        years: [
          year({
            holidays: [{ name: '国庆节', from: '2024-10-01', to: '2024-10-07' }],
            workdays: [{ date: '2024-10-05' }],
          }),
        ],
      },
      'years.0.workdays.0.date',
    ],
    [
      'hours that end before they start',
      { years: [year({ hours: [{ weekday: 'mon', start: '17:30', end: '08:30' }] })] },
      'years.0.hours.0.end',
    ],
    [
      'a weekday twice',
      {
        years: [
          year({
            hours: [
              { weekday: 'mon', start: '08:30', end: '17:30' },
              { weekday: 'mon', start: '09:00', end: '18:00' },
            ],
          }),
        ],
      },
      'years.0.hours.1.weekday',
    ],
    ['no working day', { years: [year({ hours: [] })] }, 'years.0.hours'],
    ['a year twice', { years: [year(), year()] }, 'years.1.year'],
    [
      'a holiday ending before it starts',
      { years: [year({ holidays: [{ name: 'x', from: '2024-05-05', to: '2024-05-01' }] })] },
      'years.0.holidays.0.to',
    ],
    [
      'a holiday starting in another year',
      { years: [year({ holidays: [{ name: 'x', from: '2023-12-30', to: '2024-01-01' }] })] },
      'years.0.holidays.0.from',
    ],
    [
      'not a date',
      { years: [year({ holidays: [{ name: 'x', from: '2024-02-30', to: '2024-03-01' }] })] },
      'years.0.holidays.0.from',
    ],
    [
      'a rule for an unknown kind',
      { deadlineRules: [{ kind: 'parking', basis: 'clock' }] },
      'deadlineRules.0.kind',
    ],
    [
      'a kind ruled twice',
      {
        deadlineRules: [
          { kind: 'verification', basis: 'clock' },
          { kind: 'verification', basis: 'working' },
        ],
      },
      'deadlineRules.1.kind',
    ],
  ])('should refuse %s', (_, calendar, path) => {
    expect(calendarProblem(calendar)?.path).toBe(path)
  })

  it('should accept 2024 as entered, and read it back as the arithmetic uses it', () => {
    const stored: StoredCalendar = {
      years: [
        year({
          holidays: year2024.holidays,
          workdays: year2024.workdays.map((date) => ({ date })),
        }),
      ],
      deadlineRules: [{ kind: 'return-visit', basis: 'clock' }],
    }
    expect(calendarProblem(stored)).toBeNull()
    const calendar = deadlineCalendarFrom(stored, 'Asia/Shanghai')
    expect(calendar.years[0]).toEqual(year2024)
    expect(calendar.rules['return-visit']).toBe('clock')
    expect(calendar.rules.verification).toBe('working')
  })

  it('should start next year with this year’s hours and no holidays, once', () => {
    const stored: StoredCalendar = {
      years: [
        { year: 2024, hours: [{ weekday: 'mon', start: '09:00', end: '18:00' }] },
        year({ year: 2025, holidays: [{ name: '元旦', from: '2025-01-01', to: '2025-01-01' }] }),
      ],
    }
    expect(nextYearRow(stored, 2025)).toEqual({ ok: true, row: { year: 2026, hours } })
    expect(nextYearRow(stored, 2024)).toMatchObject({ ok: false, status: 409 })
    expect(nextYearRow(stored, 2023)).toMatchObject({ ok: false, status: 400 })
  })
})

describe('the demo estate’s 2026', () => {
  it('should pass the calendar’s checks and close the office for 国庆 and open it on 调休 days', () => {
    expect(calendarProblem({ years: [CALENDAR_2026] })).toBeNull()
    const calendar = deadlineCalendarFrom({ years: [CALENDAR_2026] }, 'Asia/Shanghai')
    expect(workingSpanOn(calendar, '2026-10-05')).toBeNull()
    expect(workingSpanOn(calendar, '2026-10-10')?.start).toBe('08:30')
    // Spring Festival: Friday 13 February at 17:00, an hour's work ends on the 调休 Saturday 14th.
    const friday = zonedTime('Asia/Shanghai', 2026, 2, 13, 17)
    expect(iso(addWorkingHours(friday, 1, calendar))).toBe(
      iso(zonedTime('Asia/Shanghai', 2026, 2, 14, 9)),
    )
    // …and the next hour after that Saturday's close waits until Tuesday 24th (15th–23rd off).
    const saturday = zonedTime('Asia/Shanghai', 2026, 2, 14, 17)
    expect(iso(addWorkingHours(saturday, 1, calendar))).toBe(
      iso(zonedTime('Asia/Shanghai', 2026, 2, 24, 9)),
    )
  })
})
