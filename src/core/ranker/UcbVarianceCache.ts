import type { BayesianLinearModel } from './BayesianLinearModel'
import { CONTEXT_DIMENSION, MATCH_DIMENSION } from './defaults'
import type { ItemFeatureTable } from './ItemFeatureTable'

// Module-level copies: imported bindings may compile to getter calls inside hot loops.
const K = CONTEXT_DIMENSION
const M = MATCH_DIMENSION
/** Distinct (k, l) pairs with k ≤ l of the context blocks. */
const PAIRS = (K * (K + 1)) / 2

/**
 * Per-item pieces of the score variance φᵀΣφ that do not depend on the context or the session, so
 * UCB never recomputes n quadratic forms of size |φ|:
 *   Q_i[k,l] = xᵢᵀ Σ_kl xᵢ (context blocks k ≤ l), R_i[k,j] = xᵢᵀ Σ_{k, match j}.
 * Then φᵀΣφ = Σ_kl c_k c_l Q_i[k,l] + 2 Σ_kj c_k m_ij R_i[k,j] + mᵢᵀ Σ_mm mᵢ, O(K² + K·M + M²) per item.
 * A model update Σ' = Σ − s·uuᵀ changes them by −s·g_k g_l and −s·g_k u_{match j} with
 * g_k = xᵢ·u_k: O(K·d) per item instead of O(K²·d²) to rebuild (`npm run bench:ranker` times both
 * on 10,000 items: a few ms against a few hundred).
 */
export class UcbVarianceCache {
  private readonly items: ItemFeatureTable
  private readonly q: Float64Array
  private readonly r: Float64Array
  private readonly g = new Float64Array(K)

  constructor(items: ItemFeatureTable) {
    this.items = items
    this.q = new Float64Array(items.count * PAIRS)
    this.r = new Float64Array(items.count * K * M)
  }

  /** Recomputes every item from Σ (construction, import, wipe). Skips zero item entries. */
  rebuild(model: BayesianLinearModel): void {
    const { count, dimension: d, vectors: x } = this.items
    const S = model.covariance
    const n = model.dimension
    for (let i = 0; i < count; i++) {
      const base = i * d
      let p = 0
      for (let k = 0; k < K; k++) {
        for (let l = k; l < K; l++) {
          let s = 0
          for (let a = 0; a < d; a++) {
            const xa = x[base + a]!
            if (xa === 0) continue
            const row = (k * d + a) * n + l * d
            let t = 0
            for (let b = 0; b < d; b++) t += S[row + b]! * x[base + b]!
            s += xa * t
          }
          this.q[i * PAIRS + p++] = s
        }
        for (let j = 0; j < M; j++) {
          let s = 0
          for (let a = 0; a < d; a++) s += x[base + a]! * S[(k * d + a) * n + K * d + j]!
          this.r[(i * K + k) * M + j] = s
        }
      }
    }
  }

  /** Applies the model's last rank-1 change (its `gain` u and `shrink` s) to every item. */
  applyUpdate(model: BayesianLinearModel): void {
    const { count, dimension: d, vectors: x } = this.items
    const u = model.gain
    const s = model.shrink
    const g = this.g
    const um = K * d
    for (let i = 0; i < count; i++) {
      const base = i * d
      g.fill(0)
      // One pass over the item's entries, skipping zeros (hashed vectors are sparse).
      for (let a = 0; a < d; a++) {
        const xa = x[base + a]!
        if (xa === 0) continue
        for (let k = 0; k < K; k++) g[k]! += xa * u[k * d + a]!
      }
      let p = i * PAIRS
      for (let k = 0; k < K; k++) {
        const sgk = s * g[k]!
        for (let l = k; l < K; l++) this.q[p++]! -= sgk * g[l]!
        const rr = (i * K + k) * M
        for (let j = 0; j < M; j++) this.r[rr + j]! -= sgk * u[um + j]!
      }
    }
  }

  /** φᵀΣφ of item i under context c and its match features m (length M). */
  variance(i: number, c: Float64Array, m: Float64Array, model: BayesianLinearModel): number {
    const n = model.dimension
    const S = model.covariance
    const um = K * this.items.dimension
    let v = 0
    let p = i * PAIRS
    for (let k = 0; k < K; k++) {
      const ck = c[k]!
      v += ck * ck * this.q[p++]!
      for (let l = k + 1; l < K; l++) v += 2 * ck * c[l]! * this.q[p++]!
      const rr = (i * K + k) * M
      for (let j = 0; j < M; j++) v += 2 * ck * m[j]! * this.r[rr + j]!
    }
    for (let j = 0; j < M; j++) for (let l = 0; l < M; l++) v += m[j]! * m[l]! * S[(um + j) * n + um + l]!
    return v
  }
}
