import { CONTEXT_DIMENSION, MATCH_DIMENSION } from './defaults'

// Module-level copy: an imported binding may compile to a getter call inside hot loops.
const K = CONTEXT_DIMENSION
import type { ItemFeatureTable } from './ItemFeatureTable'
import type { MatchInputs } from './MatchInputs'

/** Length of φ for item dimension d: CONTEXT_DIMENSION blocks of d, then the match features. */
export function featureLength(d: number): number {
  return CONTEXT_DIMENSION * d + MATCH_DIMENSION
}

/**
 * Writes φ(item, context) into `out`: block k holds c_k·x (the item vector crossed with context
 * entry k), then the MATCH_DIMENSION match features. Allocation-free.
 */
export function writeFeatures(items: ItemFeatureTable, index: number, context: Float64Array, match: MatchInputs, out: Float64Array): Float64Array {
  const d = items.dimension
  const x = items.vectors
  const base = index * d
  for (let k = 0; k < K; k++) {
    const ck = context[k]!
    for (let j = 0; j < d; j++) out[k * d + j] = ck * x[base + j]!
  }
  let e = 0
  let s = 0
  for (let j = items.profileStart; j < d; j++) {
    const v = x[base + j]!
    e += v * match.engaged[j]!
    s += v * match.skipped[j]!
  }
  const m = K * d
  out[m] = e
  out[m + 1] = s
  out[m + 2] = match.styleMatch[index]!
  out[m + 3] = match.budgetFit[index]!
  return out
}
