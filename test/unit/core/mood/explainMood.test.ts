import { describe, expect, it } from 'vitest'
import { createMoodEvidence } from '../../../../src/core/mood/createMoodEvidence'
import { explainMood } from '../../../../src/core/mood/explainMood'
import { fuseMood } from '../../../../src/core/mood/fuseMood'
import { MOOD_DIMENSIONS } from '../../../../src/core/mood/moodKeys'
import { DEFAULT_MOOD_WEIGHTS } from '../../../../src/core/mood/moodWeights'
import { mulberry32 } from '../../../../src/core/random/mulberry32'

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(strings)
  return []
}

describe('explainMood', () => {
  it('splits each value into per-signal contributions that add up to it, for any evidence', () => {
    const random = mulberry32(42)
    for (let run = 0; run < 200; run++) {
      const e = createMoodEvidence()
      for (const signal of Object.values(e)) {
        signal.quality = random() < 0.3 ? 0 : random()
        signal.arousal = random() * 2 - 1
        signal.valence = random() * 2 - 1
        signal.attention = random() * 2 - 1
      }
      const state = fuseMood(e, DEFAULT_MOOD_WEIGHTS, 0)
      const why = explainMood(e, DEFAULT_MOOD_WEIGHTS)
      for (const d of MOOD_DIMENSIONS) {
        const sum = Object.values(why[d].contributions).reduce((acc, c) => acc + c.contribution, 0)
        expect(why[d].neutral + sum).toBeCloseTo(state[d].value, 12)
        expect(why[d].value).toBeCloseTo(state[d].value, 12)
        expect(why[d].confidence).toBeCloseTo(state[d].confidence, 12)
        expect(why[d].confidence).toBeCloseTo(why[d].coverage * why[d].agreement, 12)
      }
    }
  })

  it('gives a missing signal, or one that cannot speak on a dimension, no contribution', () => {
    const e = createMoodEvidence()
    e.expression = { quality: 1, arousal: 0.5, valence: -0.8, attention: 0.9 }
    const why = explainMood(e, DEFAULT_MOOD_WEIGHTS)
    expect(why.valence.contributions.expression.contribution).toBeLessThan(0)
    expect(why.valence.contributions.heartRate).toEqual({ weight: 0, quality: 0, evidence: 0, contribution: 0 })
    expect(why.attention.contributions.expression.contribution).toBe(0) // weight 0 on attention
    expect(why.arousal.contributions.hrv).toMatchObject({ weight: 1, quality: 0, contribution: 0 })
  })

  it('is numbers only: no label anywhere', () => {
    const e = createMoodEvidence()
    e.heartRate = { quality: 1, arousal: 1, valence: 0, attention: 0 }
    expect(strings(explainMood(e, DEFAULT_MOOD_WEIGHTS))).toEqual([])
  })
})
