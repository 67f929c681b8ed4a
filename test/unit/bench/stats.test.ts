import { describe, expect, it } from 'vitest'
import { crossCorrelationShift, median, percentile, rms } from '../../../bench/tryon/stats'
import { gaussian } from '../../../src/core/random/gaussian'
import { mulberry32 } from '../../../src/core/random/mulberry32'

/** A 2-D head-like trajectory: two sinusoids of different periods, sampled at t (samples). */
const path = (t: number): number[] => [100 * Math.sin((2 * Math.PI * t) / 37), 40 * Math.sin((2 * Math.PI * t) / 23 + 1)]

describe('percentile', () => {
  it('interpolates linearly between order statistics, whatever the input order', () => {
    expect(percentile([4, 1, 3, 2, 5], 50)).toBe(3)
    expect(percentile([1, 2, 3, 4], 50)).toBe(2.5)
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 95)).toBeCloseTo(10.5)
    expect(percentile([7], 95)).toBe(7)
  })

  it('gives the extremes at 0 and 100 and clamps beyond', () => {
    expect(percentile([3, 1, 2], 0)).toBe(1)
    expect(percentile([3, 1, 2], 100)).toBe(3)
    expect(percentile([3, 1, 2], 140)).toBe(3)
  })

  it('ignores non-finite values and gives null for nothing', () => {
    expect(percentile([NaN, 2, Infinity, 4], 50)).toBe(3)
    expect(percentile([], 50)).toBeNull()
    expect(percentile([NaN], 50)).toBeNull()
  })
})

describe('median and rms', () => {
  it('match their definitions', () => {
    expect(median([5, 1, 9])).toBe(5)
    expect(rms([3, -4])).toBeCloseTo(Math.sqrt(12.5))
    expect(rms([NaN])).toBeNull()
  })
})

describe('crossCorrelationShift', () => {
  it('finds a fractional delay of a noisy signal behind its reference', () => {
    const random = mulberry32(7)
    const n = 200
    const reference = Array.from({ length: n }, (_, k) => path(k))
    const signal = Array.from({ length: n }, (_, k) => path(k - 2.3).map((x) => x + 0.5 * gaussian(random)))
    expect(crossCorrelationShift(signal, reference)).toBeCloseTo(2.3, 1)
  })

  it('finds a lead as a negative shift', () => {
    const reference = Array.from({ length: 150 }, (_, k) => path(k))
    const signal = Array.from({ length: 150 }, (_, k) => path(k + 0.75))
    expect(crossCorrelationShift(signal, reference)).toBeCloseTo(-0.75, 1)
  })

  it('is not biased by a constant offset between the two', () => {
    const reference = Array.from({ length: 150 }, (_, k) => path(k))
    const signal = Array.from({ length: 150 }, (_, k) => path(k - 1).map((x, d) => x + (d === 0 ? 12 : -7)))
    expect(crossCorrelationShift(signal, reference)).toBeCloseTo(1, 1)
  })

  it('skips missing samples (NaN or empty) in either trajectory', () => {
    const reference = Array.from({ length: 150 }, (_, k) => (k % 17 === 5 ? [NaN, NaN] : path(k)))
    const signal = Array.from({ length: 150 }, (_, k) => (k % 11 === 3 ? [] : path(k - 1.5)))
    expect(crossCorrelationShift(signal, reference)).toBeCloseTo(1.5, 1)
  })

  it('gives null for a still reference or too few samples', () => {
    const flat = Array.from({ length: 100 }, () => [3, 4])
    expect(crossCorrelationShift(flat, flat)).toBeNull()
    const short = Array.from({ length: 12 }, (_, k) => path(k))
    expect(crossCorrelationShift(short, short)).toBeNull()
  })
})
