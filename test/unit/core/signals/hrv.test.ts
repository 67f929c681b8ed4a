import { describe, expect, it } from 'vitest'
import { HrvWindow } from '../../../../src/core/signals/hrv'

function pushAll(hrv: HrvWindow, values: readonly number[]): boolean[] {
  return values.map((v) => hrv.push(v))
}

describe('HrvWindow', () => {
  it('gives RMSSD 50 ms for alternating 800/850 ms beats', () => {
    const hrv = new HrvWindow()
    const series = Array.from({ length: 40 }, (_, i) => (i % 2 === 0 ? 800 : 850))
    expect(pushAll(hrv, series).every(Boolean)).toBe(true)
    const s = hrv.read()
    expect(s.rmssdMs).toBe(50)
    // 40 values at 825 ± 25: sample SD = 25 * sqrt(40 / 39).
    expect(s.sdnnMs).toBeCloseTo(25 * Math.sqrt(40 / 39), 10)
    expect(s.meanHrBpm).toBeCloseTo(60_000 / 825, 10)
    expect(s).toMatchObject({ beats: 40, rejected: 0, quality: 1 })
  })

  it('gives RMSSD and SDNN 0 for a perfectly steady rhythm', () => {
    const hrv = new HrvWindow()
    pushAll(hrv, [1000, 1000, 1000, 1000])
    expect(hrv.read()).toMatchObject({ rmssdMs: 0, sdnnMs: 0, meanHrBpm: 60, beats: 4 })
  })

  it('computes a known RMSSD and SDNN for a small irregular series', () => {
    const hrv = new HrvWindow()
    pushAll(hrv, [800, 820, 790, 810])
    const s = hrv.read()
    // diffs 20, -30, 20 → sqrt((400 + 900 + 400) / 3); mean 805, deviations -5, 15, -15, 5.
    expect(s.rmssdMs).toBeCloseTo(Math.sqrt(1700 / 3), 10)
    expect(s.sdnnMs).toBeCloseTo(Math.sqrt(500 / 3), 10)
  })

  it('reads NaN statistics and quality 0 when empty', () => {
    const s = new HrvWindow().read()
    expect(s.rmssdMs).toBeNaN()
    expect(s.sdnnMs).toBeNaN()
    expect(s.meanHrBpm).toBeNaN()
    expect(s).toMatchObject({ beats: 0, rejected: 0, quality: 0 })
  })

  it('rejects and counts physiologically impossible intervals', () => {
    const hrv = new HrvWindow()
    expect(pushAll(hrv, [800, 250, 810, 2500, 800, Number.NaN, -5])).toEqual([true, false, true, false, true, false, false])
    const s = hrv.read()
    expect(s).toMatchObject({ beats: 3, rejected: 4 })
    expect(s.quality).toBeCloseTo(3 / 7, 10)
  })

  it('rejects a jump over 20 % from the local median without a fake RMSSD difference', () => {
    const hrv = new HrvWindow()
    expect(pushAll(hrv, [800, 800, 800, 1000, 800, 800])).toEqual([true, true, true, false, true, true])
    const s = hrv.read()
    expect(s).toMatchObject({ beats: 5, rejected: 1, rmssdMs: 0 })
  })

  it('accepts a jump of exactly 20 %', () => {
    const hrv = new HrvWindow()
    expect(pushAll(hrv, [1000, 1000, 1200, 800])).toEqual([true, true, true, true])
  })

  it('re-seeds the median after a sustained change of rhythm', () => {
    const hrv = new HrvWindow({ reseedAfterRejects: 3 })
    expect(pushAll(hrv, [1000, 1000, 600, 600, 600, 600])).toEqual([true, true, false, false, true, true])
  })

  it('slides: old beats leave once the window is full of time', () => {
    const hrv = new HrvWindow({ windowSec: 10 })
    pushAll(hrv, Array.from({ length: 10 }, () => 800)) // 8 s
    pushAll(hrv, Array.from({ length: 20 }, () => 1000)) // + 20 s, jump re-seeds
    const s = hrv.read()
    // Only the last ten 1000 ms beats fit in 10 s.
    expect(s).toMatchObject({ beats: 10, rejected: 0, meanHrBpm: 60, rmssdMs: 0 })
  })

  it('lets rejected beats leave the window, restoring quality', () => {
    const hrv = new HrvWindow({ windowSec: 5 })
    pushAll(hrv, [1000, 100, 1000])
    expect(hrv.read().rejected).toBe(1)
    pushAll(hrv, [1000, 1000, 1000, 1000, 1000])
    expect(hrv.read()).toMatchObject({ beats: 5, rejected: 0, quality: 1 })
  })

  it('survives a flood of tiny artefacts longer than its ring', () => {
    const hrv = new HrvWindow({ windowSec: 3 })
    for (let i = 0; i < 1000; i++) hrv.push(1)
    pushAll(hrv, [900, 900])
    const s = hrv.read()
    expect(s.beats).toBe(2)
    expect(s.beats + s.rejected).toBeLessThanOrEqual(11) // ceil(3000 / 300) + 1
  })

  it('returns the same stats object every time', () => {
    const hrv = new HrvWindow()
    expect(hrv.read()).toBe(hrv.read())
  })

  it('forgets beats and the local median on reset', () => {
    const hrv = new HrvWindow()
    pushAll(hrv, [800, 800, 800])
    hrv.reset()
    expect(hrv.read().beats).toBe(0)
    expect(hrv.push(1500)).toBe(true) // no longer a jump from 800
  })

  it('throws on nonsensical options', () => {
    expect(() => new HrvWindow({ windowSec: 0 })).toThrow(/vitrine\/signals/)
    expect(() => new HrvWindow({ minRrMs: 500, maxRrMs: 400 })).toThrow(RangeError)
  })
})
