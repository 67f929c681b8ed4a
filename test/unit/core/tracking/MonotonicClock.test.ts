import { describe, expect, it } from 'vitest'
import { MONOTONIC_CLOCK_STEP_MS, MonotonicClock } from '../../../../src/core/tracking/MonotonicClock'

describe('MonotonicClock', () => {
  it('passes increasing timestamps through unchanged', () => {
    const clock = new MonotonicClock()
    expect([0, 33.3, 66.7, 100].map((t) => clock.next(t))).toEqual([0, 33.3, 66.7, 100])
  })

  it('moves a repeated or earlier timestamp 1 µs past the last one', () => {
    const clock = new MonotonicClock()
    clock.next(100)
    expect(clock.next(100)).toBeCloseTo(100.001, 9)
    expect(clock.next(50)).toBeCloseTo(100.002, 9)
    expect(clock.next(200)).toBe(200)
  })

  it('keeps at least 1 µs between timestamps, as MediaPipe counts in µs', () => {
    const clock = new MonotonicClock()
    let last = clock.next(1000)
    for (let i = 0; i < 1000; i++) {
      const t = clock.next(1000 + i * 0.0001)
      expect(t - last).toBeGreaterThanOrEqual(MONOTONIC_CLOCK_STEP_MS * (1 - 1e-9))
      last = t
    }
  })

  it('treats NaN as a repeat and starts over after reset', () => {
    const clock = new MonotonicClock()
    clock.next(10)
    expect(clock.next(Number.NaN)).toBeCloseTo(10.001, 9)
    clock.reset()
    expect(clock.next(5)).toBe(5)
  })
})
