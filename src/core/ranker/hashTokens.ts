import { FEATURE_HASH_SEED } from './defaults'
import { fnv1a } from './fnv1a'

/**
 * Adds weighted tokens into `out[start, start + slots)` by signed feature hashing (Weinberger et
 * al., ICML 2009): each key lands in one slot with a hash-chosen sign, so collisions cancel on
 * average instead of piling up.
 */
export function hashTokens(tokens: readonly { key: string; weight: number }[], out: Float64Array, start: number, slots: number): void {
  for (const token of tokens) {
    const h = fnv1a(token.key, FEATURE_HASH_SEED)
    const sign = h & 0x80000000 ? -1 : 1
    out[start + (h % slots)]! += sign * token.weight
  }
}
