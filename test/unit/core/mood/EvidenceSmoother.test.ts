import { describe, expect, it } from 'vitest'
import { EvidenceSmoother } from '../../../../src/core/mood/EvidenceSmoother'
import { MOOD_MISSING_QUALITY } from '../../../../src/core/mood/moodDefaults'
import { PACKED } from '../../../../src/core/mood/packedEvidence'

const TAUS = { heartRate: 2, hrv: 2, expression: 1, gaze: 2, behaviour: 0 }
const EXPRESSION = 2 * PACKED.stride // third signal's row: quality, arousal, valence, attention
const BEHAVIOUR = 4 * PACKED.stride

function reading(row: number, quality: number, valence: number): Float64Array {
  const raw = new Float64Array(PACKED.signals * PACKED.stride)
  raw[row] = quality
  raw[row + 2] = valence
  return raw
}

/** Runs `raw` from `fromSec` for `seconds` at `hz`; returns the smoothed row values at the end. */
function run(smoother: EvidenceSmoother, raw: Float64Array, fromSec: number, seconds: number, hz: number, out: Float64Array = new Float64Array(raw.length)): Float64Array {
  for (let i = 1; i <= Math.round(seconds * hz); i++) smoother.update(raw, fromSec + i / hz, out)
  return out
}

describe('EvidenceSmoother', () => {
  it('reaches 1 − 1/e of a step in quality after one time constant, at any sampling rate', () => {
    for (const hz of [2, 4, 15]) {
      const smoother = new EvidenceSmoother(TAUS, 1 / hz)
      smoother.update(reading(EXPRESSION, 0, 0), 0, new Float64Array(20))
      const out = run(smoother, reading(EXPRESSION, 1, 0.8), 0, 1, hz)
      expect(out[EXPRESSION]).toBeCloseTo(1 - Math.exp(-1), 9)
      expect(out[EXPRESSION + 2]).toBeCloseTo(0.8, 9) // the evidence itself is not diluted by the missing past
    }
  })

  it('fades a signal that stops without moving its evidence, then reports it missing', () => {
    const smoother = new EvidenceSmoother(TAUS, 0.25)
    let out = run(smoother, reading(EXPRESSION, 1, -0.6), 0, 10, 4)
    expect(out[EXPRESSION]).toBeCloseTo(1, 3)
    out = run(smoother, reading(EXPRESSION, 0, 0), 10, 1, 4, out)
    expect(out[EXPRESSION]).toBeCloseTo(Math.exp(-1), 3)
    expect(out[EXPRESSION + 2]).toBeCloseTo(-0.6, 12)
    out = run(smoother, reading(EXPRESSION, 0, 0), 11, -Math.log(MOOD_MISSING_QUALITY) + 1, 4, out)
    expect(Array.from(out.subarray(EXPRESSION, EXPRESSION + 4))).toEqual([0, 0, 0, 0])
  })

  it('weighs readings by their quality', () => {
    const smoother = new EvidenceSmoother(TAUS, 0.25)
    const out = new Float64Array(20)
    run(smoother, reading(EXPRESSION, 1, 1), 0, 0.5, 4, out)
    const afterGood = out[EXPRESSION + 2]!
    run(smoother, reading(EXPRESSION, 0.05, -1), 0.5, 0.5, 4, out)
    expect(out[EXPRESSION + 2]).toBeGreaterThan(0.8 * afterGood) // a poor reading barely moves it
  })

  it('treats a non-finite reading as missing, and a zero time constant as no smoothing', () => {
    const smoother = new EvidenceSmoother(TAUS, 0.25)
    const raw = reading(BEHAVIOUR, 1, 0.3)
    const out = run(smoother, raw, 0, 1, 4)
    expect(out[BEHAVIOUR]).toBe(1)
    expect(out[BEHAVIOUR + 2]).toBeCloseTo(0.3, 12)
    raw[BEHAVIOUR + 1] = Number.NaN
    smoother.update(raw, 1.25, out)
    expect(out[BEHAVIOUR]).toBe(0)
  })

  it('forgets one signal at once', () => {
    const smoother = new EvidenceSmoother(TAUS, 0.25)
    const raw = reading(EXPRESSION, 1, 0.5)
    raw[0] = 1
    raw[1] = 0.4
    const out = run(smoother, raw, 0, 5, 4)
    smoother.forget('expression')
    smoother.update(reading(EXPRESSION, 0, 0), 5.25, out)
    expect(out[EXPRESSION]).toBe(0)
    expect(out[0]).toBeGreaterThan(0.8) // heart rate untouched (fading, as it is missing from this reading)
  })

  it('rejects a bad time constant by signal name', () => {
    expect(() => new EvidenceSmoother({ ...TAUS, hrv: -1 }, 0.25)).toThrow(/time constant of hrv: need a finite number of seconds >= 0, got -1/)
  })
})
