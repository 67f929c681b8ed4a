import { PRIOR_BASE_REWARD, PRIOR_POPULARITY_REWARD_SPAN } from '../../../src/core/ranker/defaults'
import { mulberry32 } from '../../../src/core/random/mulberry32'
import { betaSample } from './betaSample'
import type { SimPolicy } from './SimPolicy'

/** Pseudo-observations behind each item's popularity prior (as strong as the kit's prior belief). */
const PRIOR_STRENGTH = 4

/**
 * Context-free Thompson sampling: a Beta–Bernoulli arm per item, try-on = success, skip = failure,
 * slate = top draws. Its prior mean follows popularity exactly as the kit's prior does.
 */
export function contextFreeThompson(popularityPercentile: Float64Array, seed: number): SimPolicy {
  const random = mulberry32(seed)
  const n = popularityPercentile.length
  const alpha = new Float64Array(n)
  const beta = new Float64Array(n)
  for (let i = 0; i < n; i++) {
    const p = PRIOR_BASE_REWARD + PRIOR_POPULARITY_REWARD_SPAN * (popularityPercentile[i]! - 0.5)
    alpha[i] = 1 + PRIOR_STRENGTH * p
    beta[i] = 1 + PRIOR_STRENGTH * (1 - p)
  }
  const draws = new Float64Array(n)
  return {
    name: 'context-free TS',
    startSession() {},
    slate(_observed, acted, out) {
      for (let i = 0; i < n; i++) draws[i] = acted[i] ? -1 : betaSample(alpha[i]!, beta[i]!, random)
      let filled = 0
      for (; filled < out.length; filled++) {
        let best = -1
        for (let i = 0; i < n; i++) if (draws[i]! >= 0 && (best < 0 || draws[i]! > draws[best]!)) best = i
        if (best < 0) break
        out[filled] = best
        draws[best] = -1
      }
      return filled
    },
    record(kind, item) {
      if (kind === 'tryOn') alpha[item]! += 1
      else beta[item]! += 1
    },
  }
}
