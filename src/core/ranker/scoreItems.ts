import type { BayesianLinearModel } from './BayesianLinearModel'
import type { ItemFeatureTable } from './ItemFeatureTable'
import type { MatchInputs } from './MatchInputs'
import type { UcbVarianceCache } from './UcbVarianceCache'

/** UCB inputs: the cache, the context, the model, the bonus scale and a scratch of MATCH_DIMENSION. */
export interface UcbInputs {
  cache: UcbVarianceCache
  context: Float64Array
  model: BayesianLinearModel
  scale: number
  match: Float64Array
}

/**
 * scores[i] = xᵢ·w + perItem[0]·styleMatch[i] + perItem[1]·budgetFit[i] (the output of
 * `foldWeights`; plus scale·√(φᵢᵀΣφᵢ) with `ucb`), −∞ for items
 * marked in `excluded`. O(n·d) (UCB adds O(n·(d + K² + K·M))). Allocation-free.
 */
export function scoreItems(
  items: ItemFeatureTable, w: Float64Array, perItem: Float64Array, match: MatchInputs, excluded: Uint8Array, ucb: UcbInputs | null, scores: Float64Array,
): void {
  const { count, dimension: d, vectors: x, profileStart } = items
  const fit = match.budgetFit
  const style = match.styleMatch
  const styleWeight = perItem[0]!
  const budgetWeight = perItem[1]!
  for (let i = 0; i < count; i++) {
    if (excluded[i]) {
      scores[i] = -Infinity
      continue
    }
    const base = i * d
    let s = 0
    for (let j = 0; j < d; j++) s += x[base + j]! * w[j]!
    s += styleWeight * style[i]! + budgetWeight * fit[i]!
    if (ucb !== null) {
      let e = 0
      let k = 0
      for (let j = profileStart; j < d; j++) {
        const v = x[base + j]!
        e += v * match.engaged[j]!
        k += v * match.skipped[j]!
      }
      const m = ucb.match
      m[0] = e
      m[1] = k
      m[2] = style[i]!
      m[3] = fit[i]!
      s += ucb.scale * Math.sqrt(Math.max(0, ucb.cache.variance(i, ucb.context, m, ucb.model)))
    }
    scores[i] = s
  }
}
