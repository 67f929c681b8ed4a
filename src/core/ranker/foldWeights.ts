import { CONTEXT_DIMENSION } from './defaults'

// Module-level copy: an imported binding may compile to a getter call inside hot loops.
const K = CONTEXT_DIMENSION
import type { MatchInputs } from './MatchInputs'

/**
 * Folds a full weight vector θ (length CONTEXT_DIMENSION·d + MATCH_DIMENSION) and the current
 * context into one item-space vector w plus two per-item weights, so that for every item
 * θᵀφ(i) = xᵢ·w + θ_style·styleMatch[i] + θ_budget·budgetFit[i], w = Σ_k c_k θ_k +
 * θ_engaged·engaged + θ_skipped·skipped. Scoring n items then costs n·(d + 2) instead of n·|φ|.
 * Writes w into `out` and [θ_style, θ_budget] into `perItem`; allocation-free.
 */
export function foldWeights(theta: Float64Array, d: number, context: Float64Array, match: MatchInputs, out: Float64Array, perItem: Float64Array): void {
  for (let j = 0; j < d; j++) {
    let w = 0
    for (let k = 0; k < K; k++) w += context[k]! * theta[k * d + j]!
    out[j] = w
  }
  const m = K * d
  const te = theta[m]!
  const ts = theta[m + 1]!
  for (let j = 0; j < d; j++) out[j]! += te * match.engaged[j]! + ts * match.skipped[j]!
  perItem[0] = theta[m + 2]!
  perItem[1] = theta[m + 3]!
}
