import { describe, expect, it } from 'vitest'
import { BehaviourEvidence } from '../../../../src/core/mood/BehaviourEvidence'
import { createMoodEvidence } from '../../../../src/core/mood/createMoodEvidence'
import { MOOD_SKIP_ATTENTION, MOOD_SKIP_VALENCE, MOOD_TRY_ON_VALENCE_GAIN } from '../../../../src/core/mood/moodDefaults'

const read = (b: BehaviourEvidence, t: number) => ({ ...b.read(t, createMoodEvidence().behaviour) })

describe('BehaviourEvidence', () => {
  it('scores a try-on by its length on a log scale around 6 s, valence only when long', () => {
    const at = (sec: number) => {
      const b = new BehaviourEvidence()
      b.offerTryOn(sec, 0)
      return read(b, 0)
    }
    expect(at(6)).toMatchObject({ attention: 0, valence: 0 })
    expect(at(18).attention).toBeCloseTo(1, 12)
    expect(at(18).valence).toBeCloseTo(MOOD_TRY_ON_VALENCE_GAIN, 12)
    expect(at(2).attention).toBeCloseTo(-1, 12)
    expect(at(2).valence).toBe(0)
    expect(at(60).attention).toBe(1)
    expect(at(0).attention).toBe(-1)
  })

  it('scores a quick skip a little negative, a considered one not at all', () => {
    const skip = (viewedSec: number) => {
      const b = new BehaviourEvidence()
      b.offerSkip(viewedSec, 0)
      return read(b, 0)
    }
    expect(skip(0)).toMatchObject({ attention: MOOD_SKIP_ATTENTION, valence: MOOD_SKIP_VALENCE })
    expect(skip(1).attention).toBeCloseTo(MOOD_SKIP_ATTENTION / 2, 12)
    expect(skip(5)).toMatchObject({ attention: 0, valence: 0 })
    expect(Math.abs(MOOD_SKIP_VALENCE)).toBeLessThanOrEqual(0.3)
  })

  it('averages remembered events, newer ones weighing more, and grows quality with their count', () => {
    const b = new BehaviourEvidence()
    b.offerSkip(0, 0)
    expect(read(b, 0).quality).toBeCloseTo(0.5, 12)
    b.offerTryOn(18, 30)
    const r = read(b, 30)
    const w = Math.exp(-1) // the skip is one memory span old
    expect(r.attention).toBeCloseTo((w * MOOD_SKIP_ATTENTION + 1) / (w + 1), 12)
    expect(r.quality).toBeCloseTo((1 + w) / 2, 12)
    expect(read(b, 200).quality).toBe(0)
  })

  it('rejects negative or non-finite durations by name', () => {
    expect(() => new BehaviourEvidence().offerTryOn(-3, 0)).toThrow(/offerTryOn: durationSec must be a finite number of seconds >= 0, got -3/)
    expect(() => new BehaviourEvidence().offerSkip(Number.POSITIVE_INFINITY, 0)).toThrow(/offerSkip: viewedSec/)
  })
})
