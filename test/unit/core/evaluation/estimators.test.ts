import { describe, expect, it } from 'vitest'
import { bootstrapInterval } from '../../../../src/core/evaluation/bootstrapInterval'
import { doublyRobust, ips, snips } from '../../../../src/core/evaluation/estimators'

// Four logged rows, worked by hand:
//   w = [2, 0, 0.5, 1.5], r = [1, 1, 0, 1], q̂(logged) = [0.5, 0.2, 0.1, 0.4], q̄(policy) = [0.6, 0.3, 0.2, 0.5]
//   IPS   = (2 + 0 + 0 + 1.5) / 4                     = 0.875
//   SNIPS = 3.5 / (2 + 0 + 0.5 + 1.5)                 = 0.875
//   DR    = [0.6 + 2·0.5 + 0.3 + 0 + 0.2 + 0.5·(−0.1) + 0.5 + 1.5·0.6] / 4 = 3.45 / 4 = 0.8625
const w = Float64Array.from([2, 0, 0.5, 1.5])
const r = Uint8Array.from([1, 1, 0, 1])
const qLogged = Float64Array.from([0.5, 0.2, 0.1, 0.4])
const qPolicy = Float64Array.from([0.6, 0.3, 0.2, 0.5])

describe('off-policy estimators', () => {
  it('match hand-computed values', () => {
    expect(ips(w, r)).toBeCloseTo(0.875, 12)
    expect(snips(w, r)).toBeCloseTo(0.875, 12)
    expect(doublyRobust(w, r, qLogged, qPolicy)).toBeCloseTo(0.8625, 12)
  })

  it('use a resample index with repeats', () => {
    const index = Int32Array.from([0, 0, 2])
    expect(ips(w, r, index)).toBeCloseTo(4 / 3, 12)
    expect(snips(w, r, index)).toBeCloseTo(4 / 4.5, 12)
    expect(doublyRobust(w, r, qLogged, qPolicy, index)).toBeCloseTo((1.6 + 1.6 + 0.15) / 3, 12)
  })

  it('give the logging CTR back for the logging policy itself (all weights 1, q̂ anything)', () => {
    const ones = Float64Array.from([1, 1, 1, 1])
    expect(ips(ones, r)).toBe(0.75)
    expect(snips(ones, r)).toBe(0.75)
    expect(doublyRobust(ones, r, qLogged, qLogged)).toBeCloseTo(0.75, 12)
  })

  it('SNIPS is NaN without weight rather than a made-up number', () => {
    expect(snips(new Float64Array(2), r)).toBeNaN()
  })
})

describe('bootstrapInterval', () => {
  it('brackets the estimate, is reproducible for a seed and narrows with more rows', () => {
    const make = (n: number) => Uint8Array.from({ length: n }, (_, i) => (i % 4 === 0 ? 1 : 0))
    const ones = (n: number) => new Float64Array(n).fill(1)
    const small = bootstrapInterval(100, (index) => ips(ones(100), make(100), index), 500, 3)
    const again = bootstrapInterval(100, (index) => ips(ones(100), make(100), index), 500, 3)
    const large = bootstrapInterval(10_000, (index) => ips(ones(10_000), make(10_000), index), 200, 3)
    expect(small).toEqual(again)
    expect(small.estimate).toBe(0.25)
    expect(small.ciLow).toBeLessThan(0.25)
    expect(small.ciHigh).toBeGreaterThan(0.25)
    // Binomial: half-width ≈ 1.96·√(0.25·0.75/n) = 0.085 at n = 100, 0.0085 at n = 10 000.
    expect(small.ciHigh - small.ciLow).toBeGreaterThan(0.12)
    expect(small.ciHigh - small.ciLow).toBeLessThan(0.22)
    expect(large.ciHigh - large.ciLow).toBeLessThan(0.022)
  })
})
