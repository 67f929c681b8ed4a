import { describe, expect, it } from 'vitest'
import { RobustBaseline } from '../../../../src/core/mood/RobustBaseline'

describe('RobustBaseline', () => {
  it('is the median of the readings over its span, ignoring a minority of outliers', () => {
    const baseline = new RobustBaseline(10, 20, 100)
    for (let i = 0; i < 41; i++) baseline.add(i % 8 === 0 ? 180 : 70 + (i % 3), i / 4) // 0..10 s, 6 outliers
    expect(baseline.ready).toBe(true)
    expect(baseline.value).toBe(71) // a mean would read ~87
  })

  it('is not ready before its span, nor before its minimum of readings', () => {
    const baseline = new RobustBaseline(10, 20, 100)
    for (let i = 0; i < 39; i++) baseline.add(70, i / 4)
    expect(baseline.ready).toBe(false)
    expect(baseline.value).toBeNaN()
    const sparse = new RobustBaseline(10, 20, 100)
    for (let i = 0; i < 15; i++) sparse.add(70, i) // 15 s but only 15 readings
    expect(sparse.ready).toBe(false)
    for (let i = 15; i < 20; i++) sparse.add(72, i)
    expect(sparse.ready).toBe(true)
  })

  it('keeps its value once taken, ignores non-finite readings, and starts over on reset', () => {
    const baseline = new RobustBaseline(1, 2, 10)
    baseline.add(Number.NaN, 0)
    baseline.add(60, 0)
    baseline.add(60, 1)
    baseline.add(120, 2)
    expect(baseline.value).toBe(60)
    baseline.reset()
    expect(baseline.ready).toBe(false)
    baseline.add(90, 10)
    baseline.add(90, 11)
    expect(baseline.value).toBe(90)
  })

  it('rejects nonsensical sizes', () => {
    expect(() => new RobustBaseline(10, 20, 5)).toThrow(/capacity >= minReadings/)
  })
})
