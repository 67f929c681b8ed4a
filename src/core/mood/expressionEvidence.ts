import type { ExpressionState } from '../signals/expressionTypes'
import { clampUnit } from './clampUnit'
import type { SignalEvidence } from './evidenceTypes'
import { MOOD_EXPRESSION_FROWN_FULL_SCALE, MOOD_EXPRESSION_SMILE_FULL_SCALE, MOOD_EXPRESSION_SURPRISE_FULL_SCALE } from './moodDefaults'

/**
 * Valence and arousal evidence from expression intensities measured against the shopper's neutral
 * face ({@link ExpressionTracker}). Valence: smile (AU12) up, frown (mouth-corner depressor AU15
 * with brow lowerer AU4) down: `smile / MOOD_EXPRESSION_SMILE_FULL_SCALE − frown /
 * MOOD_EXPRESSION_FROWN_FULL_SCALE`. Arousal: surprise (eyes wide, jaw drop, inner brow raise) up:
 * `surprise / MOOD_EXPRESSION_SURPRISE_FULL_SCALE`; a still
 * face is weak evidence of resting arousal. Missing until the neutral baseline is taken (before it,
 * a resting face that happens to show some smile would read as a smile).
 */
export function expressionEvidence(state: Readonly<ExpressionState> | null, out: SignalEvidence): SignalEvidence {
  out.attention = 0
  if (state === null || !state.baselineReady) {
    out.quality = out.arousal = out.valence = 0
    return out
  }
  out.quality = 1
  out.valence = clampUnit(state.smile / MOOD_EXPRESSION_SMILE_FULL_SCALE - state.frown / MOOD_EXPRESSION_FROWN_FULL_SCALE)
  out.arousal = clampUnit(state.surprise / MOOD_EXPRESSION_SURPRISE_FULL_SCALE)
  return out
}
