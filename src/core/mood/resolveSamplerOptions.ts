import type { ExpressionTrackerOptions } from '../signals/expressionTypes'
import type { MoodSignal, MoodWeights } from './evidenceTypes'
import {
  MOOD_BEHAVIOUR_TAU_SEC, MOOD_EXPRESSION_TAU_SEC, MOOD_GAZE_TAU_SEC, MOOD_HEART_RATE_TAU_SEC, MOOD_HRV_TAU_SEC,
  MOOD_MAX_SAMPLE_HZ, MOOD_PRIOR_WEIGHT, MOOD_SAMPLE_HZ,
} from './moodDefaults'
import type { MoodSamplerOptions } from './moodSamplerTypes'
import { resolveMoodWeights } from './resolveMoodWeights'

/** {@link MoodSamplerOptions} with every default filled in and checked. */
export interface ResolvedSamplerOptions {
  sampleHz: number
  weights: Readonly<MoodWeights>
  timeConstantsSec: Readonly<Record<MoodSignal, number>>
  prior: number
  expression: ExpressionTrackerOptions
}

/** Fills in defaults; throws a RangeError naming the option for anything out of range. */
export function resolveSamplerOptions(options: MoodSamplerOptions): ResolvedSamplerOptions {
  const { sampleHz = MOOD_SAMPLE_HZ, prior = MOOD_PRIOR_WEIGHT, timeConstantsSec = {} } = options
  if (!(sampleHz > 0 && sampleHz <= MOOD_MAX_SAMPLE_HZ)) {
    throw new RangeError(`[vitrine/mood] MoodSampler: sampleHz must be > 0 and <= ${MOOD_MAX_SAMPLE_HZ} (a few times a second, never per frame), got ${String(sampleHz)}`)
  }
  if (!(prior >= 0 && Number.isFinite(prior))) {
    throw new RangeError(`[vitrine/mood] MoodSampler: prior must be a finite number >= 0, got ${String(prior)}`)
  }
  const taus = Object.freeze({
    heartRate: timeConstantsSec.heartRate ?? MOOD_HEART_RATE_TAU_SEC,
    hrv: timeConstantsSec.hrv ?? MOOD_HRV_TAU_SEC,
    expression: timeConstantsSec.expression ?? MOOD_EXPRESSION_TAU_SEC,
    gaze: timeConstantsSec.gaze ?? MOOD_GAZE_TAU_SEC,
    behaviour: timeConstantsSec.behaviour ?? MOOD_BEHAVIOUR_TAU_SEC,
  })
  return { sampleHz, weights: resolveMoodWeights(options.weights), timeConstantsSec: taus, prior, expression: options.expression ?? {} }
}
