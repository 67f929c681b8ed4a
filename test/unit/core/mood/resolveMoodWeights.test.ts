import { describe, expect, it } from 'vitest'
import { DEFAULT_MOOD_WEIGHTS } from '../../../../src/core/mood/moodWeights'
import { resolveMoodWeights } from '../../../../src/core/mood/resolveMoodWeights'

describe('resolveMoodWeights', () => {
  it('applies overrides over the defaults and freezes the result', () => {
    const w = resolveMoodWeights({ behaviour: { valence: 0 }, gaze: { attention: 2 } })
    expect(w.behaviour).toEqual({ ...DEFAULT_MOOD_WEIGHTS.behaviour, valence: 0 })
    expect(w.gaze.attention).toBe(2)
    expect(w.heartRate).toEqual(DEFAULT_MOOD_WEIGHTS.heartRate)
    expect(Object.isFrozen(w) && Object.isFrozen(w.gaze)).toBe(true)
  })

  it('rejects unknown names and bad numbers by path', () => {
    expect(() => resolveMoodWeights({ pupil: {} } as never)).toThrow(/unknown signal "pupil"/)
    expect(() => resolveMoodWeights({ gaze: { focus: 1 } } as never)).toThrow(/weights.gaze: unknown dimension "focus"/)
    expect(() => resolveMoodWeights({ hrv: { arousal: -0.5 } })).toThrow(/weights.hrv.arousal: need a finite number >= 0, got -0.5/)
    expect(() => resolveMoodWeights({ hrv: { arousal: '1' as never } })).toThrow(/weights.hrv.arousal/)
  })
})
