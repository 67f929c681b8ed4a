import { SERENDIPITY_TOP_FRACTION } from './defaults'
import type { ItemFeatureTable } from './ItemFeatureTable'

/** Scratch of {@link selectSlate}, sized once for a pool. */
export interface SlateScratch {
  maxSimilarity: Float64Array
  taken: Uint8Array
}

export function createSlateScratch(poolSize: number): SlateScratch {
  return { maxSimilarity: new Float64Array(poolSize), taken: new Uint8Array(poolSize) }
}

/**
 * Picks a slate from a pool sorted best first (`pool`, `poolScores`, `poolCount` entries).
 *
 * Best picks by Maximal Marginal Relevance (Carbonell & Goldstein, SIGIR 1998) over the first
 * `mmrCount` of the pool: each next pick maximises λ·ŝ − (1 − λ)·max similarity to the picks so far,
 * ŝ being the score min–max normalised over that part of the pool (so λ means the same whatever
 * the score scale). Similarity is the cosine of the items' profile parts.
 *
 * With `serendipity`, the last slot goes to the pool item in the top SERENDIPITY_TOP_FRACTION
 * least similar to the picks (ties to the better score): good enough to show, unlike the rest.
 * Writes item indices into `out` in display order; returns the slate length. Allocation-free.
 */
export function selectSlate(
  items: ItemFeatureTable, pool: Int32Array, poolScores: Float64Array, poolCount: number,
  size: number, mmrCount: number, lambda: number, serendipity: boolean, scratch: SlateScratch, out: Int32Array,
): number {
  const total = Math.min(size, poolCount)
  if (total === 0) return 0
  const best = serendipity && total === size && poolCount > size ? total - 1 : total
  const limit = Math.max(best, Math.min(mmrCount, poolCount))
  const { maxSimilarity, taken } = scratch
  taken.fill(0, 0, poolCount)
  maxSimilarity.fill(0, 0, poolCount)
  const top = poolScores[0]!
  const span = top - poolScores[limit - 1]! || 1
  for (let picked = 0; picked < best; picked++) {
    let choice = -1
    let value = -Infinity
    for (let p = 0; p < limit; p++) {
      if (taken[p]) continue
      const v = lambda * (1 - (top - poolScores[p]!) / span) - (1 - lambda) * maxSimilarity[p]!
      if (v > value) {
        value = v
        choice = p
      }
    }
    pick(items, pool, poolCount, choice, scratch)
    out[picked] = pool[choice]!
  }
  if (best === total) return total
  const window = Math.max(1, Math.ceil(poolCount * SERENDIPITY_TOP_FRACTION))
  let choice = -1
  for (let p = 0; p < window; p++) {
    if (taken[p]) continue
    if (choice < 0 || maxSimilarity[p]! < maxSimilarity[choice]!) choice = p
  }
  if (choice < 0) for (let p = 0; p < poolCount && choice < 0; p++) if (!taken[p]) choice = p
  out[best] = pool[choice]!
  return total
}

function pick(items: ItemFeatureTable, pool: Int32Array, poolCount: number, choice: number, scratch: SlateScratch): void {
  scratch.taken[choice] = 1
  const item = pool[choice]!
  for (let p = 0; p < poolCount; p++) {
    if (scratch.taken[p]) continue
    const s = items.similarity(item, pool[p]!)
    if (s > scratch.maxSimilarity[p]!) scratch.maxSimilarity[p] = s
  }
}
