import type { BayesianLinearModel } from '../ranker/BayesianLinearModel'
import { fillGaussian } from '../ranker/fillGaussian'

/** Added to the diagonal when a folded covariance is singular (a context entry of 0 folds nothing). */
const JITTER = 1e-12

/**
 * The posterior of the item-space weights for one context: with φ = c ⊗ x + m·e_last, the score of
 * item a is xₐ·w + m·θ_last where w = Σ_k c_k θ_k. [w; θ_last] is Gaussian with mean Cμ and
 * covariance CΣCᵀ (C folds the context), so Thompson draws need only a (d+1)-dimensional Cholesky
 * per context instead of a draw of all |φ| weights per sample: O(K²d²) once, O(d²) per draw.
 */
export class FoldedPosterior {
  readonly mean: Float64Array
  private readonly chol: Float64Array
  private readonly z: Float64Array
  private readonly size: number
  private readonly d: number
  private readonly k: number

  constructor(d: number, contextLength: number) {
    this.d = d
    this.k = contextLength
    this.size = d + 1
    this.mean = new Float64Array(this.size)
    this.chol = new Float64Array(this.size * this.size)
    this.z = new Float64Array(this.size)
  }

  /** Folds the model's posterior for context c (length K) and factorises its covariance. */
  fold(model: BayesianLinearModel, c: Float64Array): void {
    const { d, k: K, size } = this
    const n = model.dimension
    const S = model.covariance
    const last = n - 1
    const C = this.chol
    for (let j = 0; j < d; j++) {
      let m = 0
      for (let k = 0; k < K; k++) m += c[k]! * model.mean[k * d + j]!
      this.mean[j] = m
    }
    this.mean[d] = model.mean[last]!
    for (let i = 0; i <= d; i++) {
      for (let j = 0; j <= i; j++) {
        let s = 0
        if (i === d && j === d) s = S[last * n + last]!
        else if (i === d) for (let k = 0; k < K; k++) s += c[k]! * S[last * n + k * d + j]!
        else for (let k = 0; k < K; k++) {
          if (c[k] === 0) continue
          for (let l = 0; l < K; l++) s += c[k]! * c[l]! * S[(k * d + i) * n + l * d + j]!
        }
        C[i * size + j] = s
      }
    }
    // In-place Cholesky (lower), with a jitter for the directions the context folds to nothing.
    for (let j = 0; j < size; j++) {
      let diag = C[j * size + j]!
      for (let k = 0; k < j; k++) diag -= C[j * size + k]! ** 2
      const l = Math.sqrt(Math.max(diag, JITTER))
      C[j * size + j] = l
      for (let i = j + 1; i < size; i++) {
        let s = C[i * size + j]!
        for (let k = 0; k < j; k++) s -= C[i * size + k]! * C[j * size + k]!
        C[i * size + j] = s / l
      }
      for (let i = 0; i < j; i++) C[i * size + j] = 0
    }
  }

  /** One draw of [w; θ_last] ~ N(mean, scale²·CΣCᵀ) into `out` (length d + 1). */
  sample(scale: number, random: () => number, out: Float64Array): Float64Array {
    const { size } = this
    fillGaussian(this.z, size, random)
    for (let i = 0; i < size; i++) {
      let s = 0
      for (let k = 0; k <= i; k++) s += this.chol[i * size + k]! * this.z[k]!
      out[i] = this.mean[i]! + scale * s
    }
    return out
  }
}
