import type { MoodDimension } from './evidenceTypes'
import { NEUTRAL_MOOD } from './types'

/**
 * How a fused deviation (-1..1) maps onto each dimension's range: `value = neutral + halfRange ·
 * deviation`. Arousal and attention run 0..1 around 0.5, valence -1..1 around 0.
 */
export const DIMENSION_SCALE: Readonly<Record<MoodDimension, Readonly<{ neutral: number; halfRange: number }>>> = Object.freeze({
  arousal: Object.freeze({ neutral: NEUTRAL_MOOD.arousal.value, halfRange: 0.5 }),
  valence: Object.freeze({ neutral: NEUTRAL_MOOD.valence.value, halfRange: 1 }),
  attention: Object.freeze({ neutral: NEUTRAL_MOOD.attention.value, halfRange: 0.5 }),
})
