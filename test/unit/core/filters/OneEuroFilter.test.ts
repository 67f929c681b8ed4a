import { describe, expect, it } from 'vitest'
import { OneEuroFilter } from '../../../../src/core/filters/OneEuroFilter'
import { gaussian } from '../../../../src/core/random/gaussian'
import { mulberry32 } from '../../../../src/core/random/mulberry32'

const DT = 1 / 30

function rmsStep(values: readonly number[]): number {
  let sum = 0
  for (let i = 1; i < values.length; i++) sum += (values[i]! - values[i - 1]!) ** 2
  return Math.sqrt(sum / (values.length - 1))
}

/** Steady-state lag (same units as the signal) of the filter on a ramp of `speed` per second. */
function rampLag(beta: number, speed: number): number {
  const f = new OneEuroFilter({ minCutoffHz: 1, beta })
  let y = 0
  let x = 0
  for (let i = 0; i < 300; i++) {
    x = speed * i * DT
    y = f.filter(x, i * DT)
  }
  return x - y
}

describe('OneEuroFilter', () => {
  it('passes the first sample through', () => {
    expect(new OneEuroFilter().filter(42, 10)).toBe(42)
  })

  it('keeps a constant input constant', () => {
    const f = new OneEuroFilter({ beta: 0.5 })
    for (let i = 0; i < 100; i++) expect(f.filter(3.25, i * DT)).toBeCloseTo(3.25, 12)
  })

  it('reduces frame-to-frame jitter of a noisy constant signal more than five times', () => {
    const random = mulberry32(1)
    const f = new OneEuroFilter({ minCutoffHz: 1, beta: 0.05 })
    const raw: number[] = []
    const out: number[] = []
    for (let i = 0; i < 600; i++) {
      const x = 10 + 0.1 * gaussian(random)
      raw.push(x)
      out.push(f.filter(x, i * DT))
    }
    expect(rmsStep(out.slice(30))).toBeLessThan(rmsStep(raw.slice(30)) / 5)
  })

  it('lags less on a ramp as beta grows', () => {
    const lags = [0, 0.05, 0.5, 5].map((beta) => rampLag(beta, 10))
    for (let i = 1; i < lags.length; i++) expect(lags[i]!).toBeLessThan(lags[i - 1]!)
    expect(lags[0]!).toBeGreaterThan(1)
    expect(lags[3]!).toBeLessThan(0.1)
  })

  it('follows a step faster with a higher beta', () => {
    const settle = (beta: number): number => {
      const f = new OneEuroFilter({ minCutoffHz: 1, beta })
      f.filter(0, 0)
      for (let i = 1; i < 100; i++) if (f.filter(10, i * DT) > 9) return i
      return Infinity
    }
    expect(settle(1)).toBeLessThan(settle(0))
  })

  it('returns the previous output when the timestamp does not advance', () => {
    const f = new OneEuroFilter()
    f.filter(0, 0)
    const y = f.filter(1, DT)
    expect(f.filter(100, DT)).toBe(y)
    expect(f.filter(100, 0)).toBe(y)
  })

  it('restarts after a gap longer than maxGapSec so a re-acquired value does not slide in', () => {
    const f = new OneEuroFilter({ maxGapSec: 0.5 })
    for (let i = 0; i < 30; i++) f.filter(0, i * DT)
    expect(f.filter(50, 29 * DT + 0.6)).toBe(50)
  })

  it('restarts when the clock jumps back by more than maxGapSec instead of holding forever', () => {
    const f = new OneEuroFilter({ maxGapSec: 0.5 })
    for (let i = 0; i < 30; i++) f.filter(0, 100 + i * DT)
    expect(f.filter(5, 0)).toBe(5)
    expect(f.filter(6, DT)).toBeGreaterThan(5)
  })

  it('passes the next sample through after reset', () => {
    const f = new OneEuroFilter()
    f.filter(0, 0)
    f.filter(1, DT)
    f.reset()
    expect(f.filter(7, 2 * DT)).toBe(7)
  })

  it('never outputs NaN for zeros, repeated timestamps or NaN input', () => {
    const f = new OneEuroFilter({ beta: 1 })
    const outputs = [
      f.filter(0, 0),
      f.filter(0, 0),
      f.filter(0, 0),
      f.filter(Number.NaN, DT),
      f.filter(1, Number.NaN),
      f.filter(1, 2 * DT),
    ]
    for (const y of outputs) expect(Number.isFinite(y)).toBe(true)
  })
})
