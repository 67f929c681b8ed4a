import { describe, expect, it } from 'vitest'
import { liftWithInterval } from '../../../../src/core/experiments/liftWithInterval'
import { mulberry32 } from '../../../../src/core/random/mulberry32'

describe('liftWithInterval', () => {
  // Hand-computed with the Katz log method: RR = 0.3 / 0.2 = 1.5,
  // se = √(1/60 − 1/200 + 1/40 − 1/200) = 0.177951, RR·exp(±1.959964·se) = 1.058324, 2.126002.
  it('matches the Katz log interval worked by hand', () => {
    const lift = liftWithInterval({ successes: 40, trials: 200 }, { successes: 60, trials: 200 })
    expect(lift.estimate).toBeCloseTo(0.5, 12)
    expect(lift.ciLow).toBeCloseTo(0.058324, 6)
    expect(lift.ciHigh).toBeCloseTo(1.126002, 6)
  })

  it('gives an interval that straddles 0 for a lift the data cannot tell from none', () => {
    const lift = liftWithInterval({ successes: 120, trials: 1000 }, { successes: 150, trials: 1000 })
    expect(lift.estimate).toBeCloseTo(0.25, 12)
    expect(lift.ciLow).toBeCloseTo(-0.000327, 6)
    expect(lift.ciHigh).toBeCloseTo(0.563011, 6)
  })

  it('is symmetric on the log scale: swapping arms inverts the ratio and its bounds', () => {
    const a = liftWithInterval({ successes: 30, trials: 500 }, { successes: 45, trials: 400 })
    const b = liftWithInterval({ successes: 45, trials: 400 }, { successes: 30, trials: 500 })
    expect((1 + a.estimate) * (1 + b.estimate)).toBeCloseTo(1, 12)
    expect((1 + a.ciLow) * (1 + b.ciHigh)).toBeCloseTo(1, 12)
  })

  it('survives a zero count with the 0.5 correction', () => {
    const lift = liftWithInterval({ successes: 0, trials: 100 }, { successes: 3, trials: 100 })
    expect(lift.estimate).toBeCloseTo(6, 9)
    expect(lift.ciLow).toBeCloseTo(-0.633741, 6)
    expect(Number.isFinite(lift.ciHigh)).toBe(true)
  })

  it('covers the true lift about 95 % of the time', () => {
    const random = mulberry32(77)
    const [pc, pt, n, runs] = [0.1, 0.12, 2000, 2000]
    const draw = (p: number) => {
      let x = 0
      for (let i = 0; i < n; i++) if (random() < p) x++
      return x
    }
    let covered = 0
    for (let r = 0; r < runs; r++) {
      const l = liftWithInterval({ successes: draw(pc), trials: n }, { successes: draw(pt), trials: n })
      if (l.ciLow <= pt / pc - 1 && pt / pc - 1 <= l.ciHigh) covered++
    }
    expect(covered / runs).toBeGreaterThan(0.93)
    expect(covered / runs).toBeLessThan(0.97)
  })

  it('refuses impossible counts', () => {
    expect(() => liftWithInterval({ successes: 5, trials: 0 }, { successes: 1, trials: 10 })).toThrow(/control needs integers/)
    expect(() => liftWithInterval({ successes: 1, trials: 10 }, { successes: 11, trials: 10 })).toThrow(/treatment needs integers/)
  })
})
