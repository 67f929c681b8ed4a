import { describe, expect, it } from 'vitest'
import { OneEuroVectorFilter } from '../../../../src/core/filters/OneEuroVectorFilter'
import { gaussian } from '../../../../src/core/random/gaussian'
import { mulberry32 } from '../../../../src/core/random/mulberry32'

const DT = 1 / 30

/** Distance from the true position after 10 s along unit direction `dir` at `speed`/s. */
function rampLagVector(dir: readonly number[], beta: number, speed = 10): number {
  const f = new OneEuroVectorFilter(3, { minCutoffHz: 1, beta })
  const x = new Float64Array(3)
  const y = new Float64Array(3)
  for (let i = 0; i < 300; i++) {
    for (let k = 0; k < 3; k++) x[k] = dir[k]! * speed * i * DT
    f.filter(x, i * DT, y)
  }
  return Math.hypot(x[0]! - y[0]!, x[1]! - y[1]!, x[2]! - y[2]!)
}

describe('OneEuroVectorFilter', () => {
  it('keeps a constant vector constant and writes into out', () => {
    const f = new OneEuroVectorFilter(3, { beta: 0.3 })
    const out = [0, 0, 0]
    for (let i = 0; i < 50; i++) {
      expect(f.filter([1, -2, -50], i * DT, out)).toBe(out)
      expect(out[0]).toBeCloseTo(1, 12)
      expect(out[1]).toBeCloseTo(-2, 12)
      expect(out[2]).toBeCloseTo(-50, 12)
    }
  })

  it('reduces the jitter of a noisy still position more than five times', () => {
    const random = mulberry32(7)
    const f = new OneEuroVectorFilter(3, { minCutoffHz: 1, beta: 0.3 })
    const x = new Float64Array(3)
    const y = new Float64Array(3)
    const prevX = new Float64Array(3)
    const prevY = new Float64Array(3)
    let rawSq = 0
    let outSq = 0
    for (let i = 0; i < 600; i++) {
      for (let k = 0; k < 3; k++) x[k] = (k === 2 ? -50 : 0) + 0.05 * gaussian(random)
      f.filter(x, i * DT, y)
      if (i > 30) {
        for (let k = 0; k < 3; k++) {
          rawSq += (x[k]! - prevX[k]!) ** 2
          outSq += (y[k]! - prevY[k]!) ** 2
        }
      }
      prevX.set(x)
      prevY.set(y)
    }
    expect(Math.sqrt(outSq)).toBeLessThan(Math.sqrt(rawSq) / 5)
  })

  it('smooths every axis alike: the lag depends on speed, not on direction', () => {
    const s = Math.SQRT1_2
    const alongX = rampLagVector([1, 0, 0], 0.3)
    const diagonal = rampLagVector([s, s, 0], 0.3)
    expect(diagonal).toBeCloseTo(alongX, 6)
  })

  it('keeps the filtered point on a straight diagonal path', () => {
    const f = new OneEuroVectorFilter(2, { beta: 0.2 })
    const y = [0, 0]
    for (let i = 0; i < 60; i++) {
      f.filter([3 * i * DT, 3 * i * DT], i * DT, y)
      expect(y[0]).toBeCloseTo(y[1]!, 12)
    }
  })

  it('lags less on a ramp as beta grows', () => {
    const lags = [0, 0.1, 1].map((beta) => rampLagVector([0, 1, 0], beta))
    expect(lags[1]!).toBeLessThan(lags[0]!)
    expect(lags[2]!).toBeLessThan(lags[1]!)
  })

  it('holds the previous output for repeated timestamps and jumps after a long gap', () => {
    const f = new OneEuroVectorFilter(2, { maxGapSec: 0.5 })
    const y = [0, 0]
    f.filter([0, 0], 0, y)
    f.filter([1, 1], DT, y)
    const held = y[0]
    f.filter([9, 9], DT, y)
    expect(y[0]).toBe(held)
    f.filter([9, 9], DT + 1, y)
    expect(y).toEqual([9, 9])
  })

  it('never outputs NaN for zeros, identical timestamps or NaN components', () => {
    const f = new OneEuroVectorFilter(3, { beta: 1 })
    const y = [0, 0, 0]
    f.filter([0, 0, 0], 0, y)
    f.filter([0, 0, 0], 0, y)
    f.filter([Number.NaN, 0, 0], DT, y)
    f.filter([1, 1, 1], 2 * DT, y)
    for (const v of y) expect(Number.isFinite(v)).toBe(true)
  })

  it('rejects a non-positive dimension loudly', () => {
    expect(() => new OneEuroVectorFilter(0)).toThrow(/vitrine/)
  })
})
