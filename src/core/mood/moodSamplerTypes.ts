import type { ExpressionTrackerOptions } from '../signals/expressionTypes'
import type { MoodSignal } from './evidenceTypes'
import type { MoodWeightOverrides } from './resolveMoodWeights'

/** Options of {@link MoodSampler}; every field is optional. */
export interface MoodSamplerOptions {
  /** Samples per second, > 0 and ≤ `MOOD_MAX_SAMPLE_HZ` (15). Default `MOOD_SAMPLE_HZ` (4). */
  sampleHz?: number
  /** Per signal and dimension weight overrides (finite, ≥ 0). Default `DEFAULT_MOOD_WEIGHTS`. */
  weights?: MoodWeightOverrides
  /**
   * Smoothing time constant per signal, seconds (≥ 0; 0 = none). Defaults: heartRate and hrv
   * `MOOD_HEART_RATE_TAU_SEC`/`MOOD_HRV_TAU_SEC` (5), expression `MOOD_EXPRESSION_TAU_SEC` (1.5),
   * gaze `MOOD_GAZE_TAU_SEC` (2), behaviour `MOOD_BEHAVIOUR_TAU_SEC` (1).
   */
  timeConstantsSec?: Partial<Record<MoodSignal, number>>
  /** Weight of the neutral prior (finite, ≥ 0). Default `MOOD_PRIOR_WEIGHT` (0.2). */
  prior?: number
  /** Options of the internal {@link ExpressionTracker} (neutral-face baseline, smoothing). */
  expression?: ExpressionTrackerOptions
}
