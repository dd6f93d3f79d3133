import {
  isServiceSampled,
  sampledByTotalAfter,
  serviceVisitRateProblem,
} from '@/domain/returnVisits/serviceSampling'

/** Runs `n` completions at `rate` from a total of `start`; returns which (1-based) were visited. */
const run = (n: number, rate: number, start = 0) => {
  let total = start
  const visited: number[] = []
  for (let i = 1; i <= n; i++) {
    if (isServiceSampled(total, rate)) visited.push(i)
    total += rate
  }
  return { visited, total }
}

describe('systematic sampling of other services', () => {
  it('should visit every service at 100% and none at 0%', () => {
    expect(run(17, 100).visited).toHaveLength(17)
    expect(run(17, 0).visited).toHaveLength(0)
  })

  it('should visit exactly floor(n·rate/100) of n services, at every n', () => {
    for (const rate of [1, 7, 20, 33, 50, 60, 99]) {
      for (let n = 1; n <= 250; n++) {
        expect(run(n, rate).visited).toHaveLength(Math.floor((n * rate) / 100))
      }
    }
  })

  it('should spread the sample: at 20% every fifth service', () => {
    expect(run(20, 20).visited).toEqual([5, 10, 15, 20])
  })

  it('should apply a changed rate from the next service on, keeping the total exact', () => {
    const first = run(10, 30) // 3 visits, total 300
    expect(first.visited).toHaveLength(3)
    const second = run(10, 50, first.total) // total 300 → 800: 5 more
    expect(second.visited).toHaveLength(5)
    expect(first.visited.length + second.visited.length).toBe(Math.floor(second.total / 100))
  })

  it('should answer the same from the total after the step', () => {
    for (let before = 0; before < 300; before++) {
      for (const rate of [0, 13, 100]) {
        expect(sampledByTotalAfter(before + rate, rate)).toBe(isServiceSampled(before, rate))
      }
    }
  })

  it('should accept a whole percentage from 0 to 100 and refuse anything else', () => {
    for (const ok of [0, 1, 50, 100]) expect(serviceVisitRateProblem(ok)).toBeNull()
    for (const bad of [-1, 101, 12.5, Number.NaN, '20', null, undefined]) {
      expect(serviceVisitRateProblem(bad)).toMatch(/0–100/)
    }
  })
})
