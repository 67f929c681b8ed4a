import { describe, expect, it } from 'vitest'
import { createMoodEvidence } from '../../../../src/core/mood/createMoodEvidence'
import { expressionEvidence } from '../../../../src/core/mood/expressionEvidence'
import type { ExpressionState } from '../../../../src/core/signals/expressionTypes'

const face = (s: Partial<ExpressionState>): ExpressionState => ({ smile: 0, brow: 0, surprise: 0, frown: 0, baselineReady: true, ...s })
const of = (s: ExpressionState | null) => ({ ...expressionEvidence(s, createMoodEvidence().expression) })

describe('expressionEvidence', () => {
  it('is missing without a face or before the neutral baseline', () => {
    expect(of(null).quality).toBe(0)
    expect(of(face({ smile: 0.9, baselineReady: false })).quality).toBe(0)
  })

  it('raises valence with a smile and lowers it with a frown, each against its full scale', () => {
    expect(of(face({ smile: 0.3 })).valence).toBeCloseTo(0.5, 12)
    expect(of(face({ frown: 0.2 })).valence).toBeCloseTo(-0.5, 12)
    expect(of(face({ smile: 0.6, frown: 0.4 })).valence).toBeCloseTo(0, 12)
    expect(of(face({ smile: 1 })).valence).toBe(1)
    expect(of(face({ frown: 1 })).valence).toBe(-1)
  })

  it('raises arousal with surprise only; a raised inner brow alone moves nothing', () => {
    expect(of(face({ surprise: 0.25 })).arousal).toBeCloseTo(0.5, 12)
    expect(of(face({ smile: 0.8, frown: 0.3 })).arousal).toBe(0)
    expect(of(face({ brow: 0.9 }))).toEqual({ quality: 1, arousal: 0, valence: 0, attention: 0 })
  })
})
