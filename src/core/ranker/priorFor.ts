import { CONTEXT_DIMENSION, PRIOR_BASE_REWARD, PRIOR_POPULARITY_REWARD_SPAN, PRIOR_PRECISION } from './defaults'
import { featureLength } from './writeFeatures'

/** Prior means of the match weights: engaged-similar up, skipped-similar down, style and budget fit up. */
const PRIOR_MATCH_WEIGHTS: readonly number[] = [0.1, -0.1, 0.1, 0.05]

/**
 * The prior of the ranker's model for item dimension d: the bias block predicts PRIOR_BASE_REWARD
 * plus PRIOR_POPULARITY_REWARD_SPAN across the popularity range (so before any event the order is
 * the popularity order), the match weights start at PRIOR_MATCH_WEIGHTS, everything else at 0;
 * every weight has precision PRIOR_PRECISION.
 */
export function priorFor(d: number): { mean: Float64Array; precision: Float64Array } {
  const n = featureLength(d)
  const mean = new Float64Array(n)
  mean[0] = PRIOR_BASE_REWARD
  mean[1] = PRIOR_POPULARITY_REWARD_SPAN
  PRIOR_MATCH_WEIGHTS.forEach((w, j) => (mean[CONTEXT_DIMENSION * d + j] = w))
  return { mean, precision: new Float64Array(n).fill(PRIOR_PRECISION) }
}
