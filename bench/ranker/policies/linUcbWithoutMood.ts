import { BayesianLinearModel } from '../../../src/core/ranker/BayesianLinearModel'
import { DEFAULT_EXPLORATION_SCALE, MATCH_DIMENSION, PRIOR_BASE_REWARD, PRIOR_POPULARITY_REWARD_SPAN, PRIOR_PRECISION } from '../../../src/core/ranker/defaults'
import type { ItemFeatureTable } from '../../../src/core/ranker/ItemFeatureTable'
import { SessionProfile } from '../../../src/core/ranker/SessionProfile'
import { StatedPreferenceFeatures } from '../../../src/core/ranker/StatedPreferenceFeatures'
import type { SimPolicy } from './SimPolicy'

/** Same match-weight prior as the kit's. */
const PRIOR_MATCH_WEIGHTS = [0.1, -0.1, 0.1, 0.05]

/**
 * LinUCB (Li et al., WWW 2010) on the kit's own item features and session/preference match
 * features, without mood: φ = [x, x·engaged, x·skipped, style match, budget fit], score
 * θ̄ᵀφ + α·√(φᵀΣφ), slate = top scores. It sees everything the kit sees except the mood readings,
 * so the kit's lift over it is what mood adds.
 */
export function linUcbWithoutMood(items: ItemFeatureTable): SimPolicy {
  const d = items.dimension
  const n = d + MATCH_DIMENSION
  const priorMean = new Float64Array(n)
  priorMean[0] = PRIOR_BASE_REWARD
  priorMean[1] = PRIOR_POPULARITY_REWARD_SPAN
  PRIOR_MATCH_WEIGHTS.forEach((w, j) => (priorMean[d + j] = w))
  const model = new BayesianLinearModel(n, priorMean, new Float64Array(n).fill(PRIOR_PRECISION))
  const session = new SessionProfile(items)
  const stated = new StatedPreferenceFeatures(items)
  const phi = new Float64Array(n)
  const scores = new Float64Array(items.count)
  const support = new Int32Array(n)
  const features = (i: number): Float64Array => {
    let e = 0
    let s = 0
    for (let j = 0; j < d; j++) {
      const v = items.vectors[i * d + j]!
      phi[j] = v
      if (j < items.profileStart) continue
      e += v * session.engagedUnit[j]!
      s += v * session.skippedUnit[j]!
    }
    phi[d] = e
    phi[d + 1] = s
    phi[d + 2] = stated.styleMatch[i]!
    phi[d + 3] = stated.budgetFit[i]!
    return phi
  }
  return {
    name: 'LinUCB without mood',
    startSession(start) {
      session.reset()
      stated.set({ styles: start.statedStyles, budget: start.statedBudgetEur === null ? null : { amount: start.statedBudgetEur, currency: 'EUR' } })
    },
    slate(_observed, acted, out) {
      for (let i = 0; i < items.count; i++) {
        if (acted[i]) {
          scores[i] = -Infinity
          continue
        }
        const f = features(i)
        scores[i] = model.predict(f) + DEFAULT_EXPLORATION_SCALE * Math.sqrt(Math.max(0, sparseQuadratic(model.covariance, f, n, support)))
      }
      let filled = 0
      for (; filled < out.length; filled++) {
        let best = -1
        for (let i = 0; i < items.count; i++) if (scores[i]! > -Infinity && (best < 0 || scores[i]! > scores[best]!)) best = i
        if (best < 0) break
        out[filled] = best
        scores[best] = -Infinity
      }
      return filled
    },
    record(kind, item) {
      model.update(features(item), kind === 'tryOn' ? 1 : 0)
      session.record(item, kind)
    },
  }
}

/** φᵀΣφ over φ's non-zero entries only (hashed item vectors are sparse): O(nnz²) instead of O(n²). */
function sparseQuadratic(S: Float64Array, phi: Float64Array, n: number, support: Int32Array): number {
  let nnz = 0
  for (let j = 0; j < n; j++) if (phi[j] !== 0) support[nnz++] = j
  let q = 0
  for (let a = 0; a < nnz; a++) {
    const i = support[a]!
    let s = 0
    for (let b = 0; b < nnz; b++) s += S[i * n + support[b]!]! * phi[support[b]!]!
    q += phi[i]! * s
  }
  return q
}
