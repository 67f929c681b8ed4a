import { choleskyRank1Update } from './choleskyRank1Update'
import { fillGaussian } from './fillGaussian'

/**
 * Bayesian linear regression r = θᵀφ + ε with a Gaussian prior θ ~ N(μ₀, diag(1/λ)), written in
 * unit-noise form: the precision is A = diag(λ) + Σ wₜ φₜφₜᵀ and the posterior is N(μ, v²Σ) with
 * Σ = A⁻¹, v being the noise scale chosen at sampling time (so it can be tuned without refitting).
 *
 * Each observation is a rank-1 change of A. Three things are kept in step, each in O(n²):
 * - Σ by Sherman–Morrison: Σ ← Σ − (Σφ)(Σφ)ᵀ / (1/w + φᵀΣφ);
 * - μ by the matching recursive least-squares step μ ← μ + Σφ (r − φᵀμ) / (1/w + φᵀΣφ);
 * - the Cholesky factor L of A (A = LLᵀ) by a rank-1 update, used to draw θ = μ + v·L⁻ᵀz, z ~ N(0, I),
 *   whose covariance is v²·L⁻ᵀL⁻¹ = v²Σ.
 * After `update`, `gain` holds Σφ (before the update) and `shrink` 1/(1/w + φᵀΣφ), so callers can
 * apply the same rank-1 change to cached quadratic forms. Nothing allocates after construction.
 */
export class BayesianLinearModel {
  readonly dimension: number
  readonly mean: Float64Array
  /** Σ = A⁻¹, row-major n×n. */
  readonly covariance: Float64Array
  /** Lower-triangular L with A = LLᵀ, row-major n×n (upper part zero). */
  readonly precisionCholesky: Float64Array
  /** Σφ of the last update. */
  readonly gain: Float64Array
  /** 1 / (1/w + φᵀΣφ) of the last update. */
  shrink = 0
  /** Observations absorbed since the prior (a count, not a weight sum). */
  observations = 0
  private readonly priorMean: Float64Array
  private readonly priorPrecision: Float64Array
  private readonly work: Float64Array
  private readonly support: Int32Array

  constructor(dimension: number, priorMean: ArrayLike<number>, priorPrecision: ArrayLike<number>) {
    if (priorMean.length !== dimension || priorPrecision.length !== dimension) {
      throw new RangeError(`[vitrine/ranker] prior mean and precision need ${dimension} entries, found ${priorMean.length} and ${priorPrecision.length}`)
    }
    for (let i = 0; i < dimension; i++) {
      if (!(priorPrecision[i]! > 0) || !Number.isFinite(priorPrecision[i]!)) throw new RangeError(`[vitrine/ranker] prior precision[${i}] must be finite and > 0`)
    }
    this.dimension = dimension
    this.priorMean = Float64Array.from(priorMean)
    this.priorPrecision = Float64Array.from(priorPrecision)
    this.mean = new Float64Array(dimension)
    this.covariance = new Float64Array(dimension * dimension)
    this.precisionCholesky = new Float64Array(dimension * dimension)
    this.gain = new Float64Array(dimension)
    this.work = new Float64Array(dimension)
    this.support = new Int32Array(dimension)
    this.reset()
  }

  /** Back to the prior: nothing of the observations remains. */
  reset(): void {
    const n = this.dimension
    this.mean.set(this.priorMean)
    this.covariance.fill(0)
    this.precisionCholesky.fill(0)
    for (let i = 0; i < n; i++) {
      this.covariance[i * n + i] = 1 / this.priorPrecision[i]!
      this.precisionCholesky[i * n + i] = Math.sqrt(this.priorPrecision[i]!)
    }
    this.gain.fill(0)
    this.shrink = 0
    this.observations = 0
  }

  /** Absorbs one observation: features φ, reward r, weight w > 0 (a weight of 2 counts it twice). */
  update(phi: ArrayLike<number>, reward: number, weight = 1): void {
    if (!(weight > 0) || !Number.isFinite(reward)) return
    const n = this.dimension
    const S = this.covariance
    const u = this.gain
    let quad = 0
    let predicted = 0
    // φ is sparse (hashed item entries times a few context entries): gather its support once.
    const support = this.support
    let nnz = 0
    for (let j = 0; j < n; j++) if (phi[j] !== 0) support[nnz++] = j
    for (let i = 0; i < n; i++) {
      let s = 0
      const row = i * n
      for (let q = 0; q < nnz; q++) {
        const j = support[q]!
        s += S[row + j]! * phi[j]!
      }
      u[i] = s
    }
    for (let q = 0; q < nnz; q++) {
      const j = support[q]!
      quad += phi[j]! * u[j]!
      predicted += phi[j]! * this.mean[j]!
    }
    const k = 1 / (1 / weight + quad)
    this.shrink = k
    const step = (reward - predicted) * k
    // Σφ is zero on weights never observed together with φ's support (still at their prior):
    // update only rows and columns in its support (exact, and often far fewer than n).
    nnz = 0
    for (let i = 0; i < n; i++) if (u[i] !== 0) support[nnz++] = i
    for (let a = 0; a < nnz; a++) {
      const i = support[a]!
      this.mean[i]! += u[i]! * step
      const ui = u[i]! * k
      const row = i * n
      for (let b = 0; b < nnz; b++) {
        const j = support[b]!
        S[row + j]! -= ui * u[j]!
      }
    }
    const w = Math.sqrt(weight)
    for (let i = 0; i < n; i++) this.work[i] = w * phi[i]!
    choleskyRank1Update(this.precisionCholesky, this.work, n)
    this.observations++
  }

  /** Posterior mean prediction θ̄ᵀφ. */
  predict(phi: ArrayLike<number>): number {
    let s = 0
    for (let i = 0; i < this.dimension; i++) s += this.mean[i]! * phi[i]!
    return s
  }

  /** φᵀΣφ (multiply by v² for the predictive variance of θᵀφ). O(n²). */
  variance(phi: ArrayLike<number>): number {
    const n = this.dimension
    let q = 0
    for (let i = 0; i < n; i++) {
      let s = 0
      for (let j = 0; j < n; j++) s += this.covariance[i * n + j]! * phi[j]!
      q += phi[i]! * s
    }
    return q
  }

  /** Writes one draw θ ~ N(μ, scale²Σ) into `out`: θ = μ + scale·L⁻ᵀz, by back substitution. */
  sample(scale: number, random: () => number, out: Float64Array): Float64Array {
    const n = this.dimension
    const L = this.precisionCholesky
    fillGaussian(out, n, random)
    // Solve Lᵀy = z column by column: row i of L holds column i of Lᵀ.
    for (let i = n - 1; i >= 0; i--) {
      const yi = out[i]! / L[i * n + i]!
      out[i] = yi
      const row = i * n
      for (let j = 0; j < i; j++) out[j]! -= L[row + j]! * yi
    }
    for (let i = 0; i < n; i++) out[i] = this.mean[i]! + scale * out[i]!
    return out
  }

  /**
   * Replaces the posterior with a saved one: mean and Cholesky factor of the precision; Σ is
   * rebuilt as L⁻ᵀL⁻¹ (O(n³), once). The caller has validated shapes and a positive diagonal.
   */
  load(mean: ArrayLike<number>, cholesky: ArrayLike<number>, observations: number): void {
    const n = this.dimension
    this.mean.set(mean)
    this.precisionCholesky.set(cholesky)
    const L = this.precisionCholesky
    // M = L⁻¹ (lower), by forward substitution column by column, stored in covariance as scratch.
    const M = new Float64Array(n * n)
    for (let c = 0; c < n; c++) {
      for (let i = c; i < n; i++) {
        let s = i === c ? 1 : 0
        for (let j = c; j < i; j++) s -= L[i * n + j]! * M[j * n + c]!
        M[i * n + c] = s / L[i * n + i]!
      }
    }
    for (let i = 0; i < n; i++) {
      for (let j = 0; j <= i; j++) {
        let s = 0
        for (let k = i; k < n; k++) s += M[k * n + i]! * M[k * n + j]!
        this.covariance[i * n + j] = s
        this.covariance[j * n + i] = s
      }
    }
    this.gain.fill(0)
    this.shrink = 0
    this.observations = observations
  }
}
