import { describe, expect, it } from 'vitest'
import { createMoodEvidence } from '../../../../src/core/mood/createMoodEvidence'
import type { MoodEvidence, MoodSignal, SignalEvidence } from '../../../../src/core/mood/evidenceTypes'
import { fuseMood } from '../../../../src/core/mood/fuseMood'
import { DEFAULT_MOOD_WEIGHTS } from '../../../../src/core/mood/moodWeights'

function evidence(signals: Partial<Record<MoodSignal, Partial<SignalEvidence>>>): MoodEvidence {
  const out = createMoodEvidence()
  for (const [signal, e] of Object.entries(signals)) Object.assign(out[signal as MoodSignal], e)
  return out
}
const fuse = (e: MoodEvidence) => fuseMood(e, DEFAULT_MOOD_WEIGHTS, 0)

describe('fuseMood', () => {
  it('gives the neutral state with zero confidence when no signal is there', () => {
    expect(fuse(createMoodEvidence())).toEqual({ arousal: { value: 0.5, confidence: 0 }, valence: { value: 0, confidence: 0 }, attention: { value: 0.5, confidence: 0 }, atSec: 0 })
  })

  it('ignores whatever a missing or broken signal holds', () => {
    const base = fuse(evidence({ expression: { quality: 1, valence: 0.6 } }))
    for (const junk of [
      { quality: 0, arousal: 1, valence: -1, attention: 1 },
      { quality: Number.NaN, arousal: 1, valence: -1, attention: 1 },
      { quality: 1, arousal: Number.NaN, valence: Number.NaN, attention: Number.POSITIVE_INFINITY },
    ]) {
      expect(fuse(evidence({ expression: { quality: 1, valence: 0.6 }, behaviour: junk, heartRate: junk }))).toEqual(base)
    }
  })

  it('maps each deviation onto its range: a precision-weighted mean with a neutral prior', () => {
    // Expression alone, weight 1 at quality 1, prior 0.2: 0.6 / 1.2 of its evidence.
    const s = fuse(evidence({ expression: { quality: 1, valence: 0.6, arousal: 0.4 } }))
    expect(s.valence.value).toBeCloseTo(0.6 / 1.2, 12)
    // Arousal: weight 0.5 → 0.5·0.4 / 0.7, on the 0..1 scale around 0.5.
    expect(s.arousal.value).toBeCloseTo(0.5 + 0.5 * (0.2 / 0.7), 12)
    expect(fuseMood(evidence({ expression: { quality: 1, valence: 0.6 } }), DEFAULT_MOOD_WEIGHTS, 0, undefined, 0).valence.value).toBeCloseTo(0.6, 12)
  })

  it('pulls weak evidence toward neutral more than strong evidence', () => {
    const strong = fuse(evidence({ gaze: { quality: 1, attention: 0.8 } })).attention.value
    const weak = fuse(evidence({ gaze: { quality: 0.1, attention: 0.8 } })).attention.value
    expect(weak).toBeGreaterThan(0.5)
    expect(weak).toBeLessThan(strong)
  })

  it('clamps evidence and quality to their ranges', () => {
    const s = fuse(evidence({ heartRate: { quality: 7, arousal: 40 }, hrv: { quality: 1, arousal: 1 } }))
    expect(s.arousal.value).toBeCloseTo(0.5 + 0.5 * (2 / 2.2), 12)
    expect(s.arousal.confidence).toBeLessThanOrEqual(1)
  })

  it('grows confidence with agreement and with quality', () => {
    const agree = fuse(evidence({ heartRate: { quality: 1, arousal: 0.6 }, hrv: { quality: 1, arousal: 0.6 } })).arousal.confidence
    const disagree = fuse(evidence({ heartRate: { quality: 1, arousal: 0.6 }, hrv: { quality: 1, arousal: -0.6 } })).arousal.confidence
    const poor = fuse(evidence({ heartRate: { quality: 0.3, arousal: 0.6 }, hrv: { quality: 0.3, arousal: 0.6 } })).arousal.confidence
    expect(agree).toBeGreaterThan(disagree)
    expect(agree).toBeGreaterThan(poor)
    // All arousal signals present at full quality and in full agreement: confidence 1.
    const all = fuse(evidence({ heartRate: { quality: 1, arousal: 0.3 }, hrv: { quality: 1, arousal: 0.3 }, expression: { quality: 1, arousal: 0.3 } }))
    expect(all.arousal.confidence).toBeCloseTo(1, 12)
  })

  it('never gains confidence when a signal goes missing, even one that disagreed', () => {
    const values = [-1, -0.4, 0, 0.5, 1]
    for (const a of values) for (const b of values) for (const c of values) {
      const full = fuse(evidence({ heartRate: { quality: 1, arousal: a }, hrv: { quality: 0.7, arousal: b }, expression: { quality: 1, arousal: c } }))
      for (const without of [
        evidence({ hrv: { quality: 0.7, arousal: b }, expression: { quality: 1, arousal: c } }),
        evidence({ heartRate: { quality: 1, arousal: a }, expression: { quality: 1, arousal: c } }),
        evidence({ heartRate: { quality: 1, arousal: a }, hrv: { quality: 0.7, arousal: b } }),
      ]) {
        expect(fuse(without).arousal.confidence).toBeLessThanOrEqual(full.arousal.confidence + 1e-12)
      }
    }
  })

  it('writes into the state passed in and stamps its time', () => {
    const out = fuse(createMoodEvidence())
    const again = fuseMood(evidence({ gaze: { quality: 1, attention: 1 } }), DEFAULT_MOOD_WEIGHTS, 12.5, out)
    expect(again).toBe(out)
    expect(out.atSec).toBe(12.5)
    expect(out.attention.value).toBeGreaterThan(0.5)
  })
})
