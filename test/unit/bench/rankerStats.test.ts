import { describe, expect, it } from 'vitest'
import { coverage, gini, meanInterval, pairedLift, recoveryInteractions, tQuantile975 } from '../../../bench/ranker/stats'

describe('ranker bench statistics', () => {
  it('t quantiles match the tables', () => {
    // Student t 0.975 quantiles: df 5 → 2.5706, 19 → 2.0930, 30 → 2.0423.
    expect(tQuantile975(2)).toBeCloseTo(4.3027, 4)
    expect(tQuantile975(5)).toBeCloseTo(2.5706, 2)
    expect(tQuantile975(19)).toBeCloseTo(2.093, 3)
    expect(tQuantile975(30)).toBeCloseTo(2.0423, 3)
  })

  it('mean interval: mean ± t·sd/√n', () => {
    const i = meanInterval([1, 2, 3, 4, 5, 6])
    // sd = 1.8708, t(5) = 2.5706, half = 1.9633
    expect(i.estimate).toBe(3.5)
    expect(i.ciHigh - i.estimate).toBeCloseTo(1.9633, 2)
    expect(() => meanInterval([1])).toThrow()
  })

  it('paired lift averages per-repetition lifts in percent', () => {
    const lift = pairedLift([1.2, 1.22, 1.18, 1.2], [1, 1, 1, 1])
    expect(lift.estimate).toBeCloseTo(20, 10)
    expect(lift.ciLow).toBeLessThan(20)
    expect(lift.ciLow).toBeGreaterThan(0)
  })

  it('Gini is 0 for equal exposure, (n−1)/n for one item taking all, and known in between', () => {
    expect(gini([5, 5, 5, 5])).toBe(0)
    expect(gini([0, 0, 0, 12])).toBeCloseTo(0.75, 12)
    // Σ|xi−xj| over ordered pairs / (2 n² mean): x = [1, 2, 3, 4] → 20 / (2·16·2.5) = 0.25
    expect(gini([3, 1, 4, 2])).toBeCloseTo(0.25, 12)
    expect(gini([])).toBe(0)
  })

  it('coverage is the share of items shown at least once', () => {
    expect(coverage([0, 3, 0, 1])).toBe(0.5)
  })

  it('recovery counts interactions after the shift until 90 % of the pre-shift share of the oracle', () => {
    const oracle = [1, 1, 1, 1, 1, 1, 1, 1]
    // Pre-shift share 0.8; after the shift 0.5, 0.6, 0.75 (≥ 0.72 on the 3rd).
    expect(recoveryInteractions([0.8, 0.8, 0.8, 0.5, 0.6, 0.75, 0.8, 0.8], oracle, 3)).toBe(3)
    expect(recoveryInteractions([0.8, 0.8, 0.8, 0.8, 0.8, 0.8, 0.8, 0.8], oracle, 3)).toBe(1)
    expect(recoveryInteractions([0.8, 0.8, 0.8, 0.1, 0.1, 0.1, 0.1, 0.1], oracle, 3)).toBeNull()
  })
})
