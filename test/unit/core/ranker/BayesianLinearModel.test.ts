import { describe, expect, it } from 'vitest'
import { BayesianLinearModel } from '../../../../src/core/ranker/BayesianLinearModel'
import { gaussian } from '../../../../src/core/random/gaussian'
import { mulberry32 } from '../../../../src/core/random/mulberry32'

/** Solves A x = b by Gaussian elimination with partial pivoting (the batch reference). */
function solve(A: number[][], b: number[]): number[] {
  const n = b.length
  const M = A.map((row, i) => [...row, b[i]!])
  for (let c = 0; c < n; c++) {
    let p = c
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r]![c]!) > Math.abs(M[p]![c]!)) p = r
    ;[M[c], M[p]] = [M[p]!, M[c]!]
    for (let r = 0; r < n; r++) {
      if (r === c) continue
      const f = M[r]![c]! / M[c]![c]!
      for (let k = c; k <= n; k++) M[r]![k]! -= f * M[c]![k]!
    }
  }
  return M.map((row, i) => row[n]! / row[i]!)
}

function inverse(A: number[][]): number[][] {
  const n = A.length
  const columns = A.map((_, j) => solve(A, A.map((__, i) => (i === j ? 1 : 0))))
  return Array.from({ length: n }, (_, i) => Array.from({ length: n }, (__, j) => columns[j]![i]!))
}

describe('BayesianLinearModel', () => {
  const n = 6
  const priorMean = [0.2, 0, -0.1, 0, 0.05, 0]
  const priorPrecision = [1, 2, 0.5, 1, 3, 1]

  /** Random observations, some weighted, some sparse. */
  function observations(count: number, seed: number) {
    const random = mulberry32(seed)
    return Array.from({ length: count }, (_, t) => {
      const phi = Array.from({ length: n }, () => (random() < 0.3 ? 0 : gaussian(random)))
      return { phi, reward: random() < 0.4 ? 1 : 0, weight: t % 3 === 0 ? 2 : t % 7 === 0 ? 0.5 : 1 }
    })
  }

  it('after rank-1 updates has the batch posterior mean and covariance', () => {
    const model = new BayesianLinearModel(n, priorMean, priorPrecision)
    const data = observations(200, 7)
    for (const o of data) model.update(o.phi, o.reward, o.weight)
    // Batch: A = diag(λ) + Σ w φφᵀ, b = diag(λ) μ₀ + Σ w r φ, μ = A⁻¹ b.
    const A = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (__, j) => (i === j ? priorPrecision[i]! : 0)))
    const b = priorMean.map((m, i) => m * priorPrecision[i]!)
    for (const { phi, reward, weight } of data) {
      for (let i = 0; i < n; i++) {
        b[i]! += weight * reward * phi[i]!
        for (let j = 0; j < n; j++) A[i]![j]! += weight * phi[i]! * phi[j]!
      }
    }
    const mean = solve(A, b)
    const covariance = inverse(A)
    for (let i = 0; i < n; i++) {
      expect(model.mean[i]).toBeCloseTo(mean[i]!, 10)
      for (let j = 0; j < n; j++) expect(model.covariance[i * n + j]).toBeCloseTo(covariance[i]![j]!, 10)
    }
    // The maintained Cholesky factor reproduces the precision: L Lᵀ = A.
    const L = model.precisionCholesky
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        let s = 0
        for (let k = 0; k < n; k++) s += L[i * n + k]! * L[j * n + k]!
        expect(s).toBeCloseTo(A[i]![j]!, 9)
      }
    }
    expect(model.observations).toBe(200)
  })

  it('stays an inverse of its precision over many updates (no drift)', () => {
    const dim = 40
    const model = new BayesianLinearModel(dim, new Float64Array(dim), new Float64Array(dim).fill(1))
    const random = mulberry32(3)
    const phi = new Float64Array(dim)
    for (let t = 0; t < 5000; t++) {
      for (let i = 0; i < dim; i++) phi[i] = random() < 0.7 ? 0 : gaussian(random)
      model.update(phi, random() < 0.3 ? 1 : 0)
    }
    // Σ · (L Lᵀ) should be the identity.
    const L = model.precisionCholesky
    let worst = 0
    for (let i = 0; i < dim; i++) {
      for (let j = 0; j < dim; j++) {
        let s = 0
        for (let k = 0; k < dim; k++) {
          let a = 0
          for (let m = 0; m <= Math.min(k, j); m++) a += L[k * dim + m]! * L[j * dim + m]!
          s += model.covariance[i * dim + k]! * a
        }
        worst = Math.max(worst, Math.abs(s - (i === j ? 1 : 0)))
      }
    }
    expect(worst).toBeLessThan(1e-8)
  })

  it('draws Thompson samples with mean μ and covariance scale²Σ', () => {
    const model = new BayesianLinearModel(3, [0.5, -0.2, 0.1], [1, 1, 1])
    for (const o of [{ phi: [1, 0.5, 0], r: 1 }, { phi: [0.2, 1, 0.3], r: 0 }, { phi: [0, 0.4, 1], r: 1 }, { phi: [1, 1, 1], r: 0 }]) model.update(o.phi, o.r)
    const scale = 0.7
    const random = mulberry32(11)
    const draws = 40_000
    const sum = [0, 0, 0]
    const outer = [[0, 0, 0], [0, 0, 0], [0, 0, 0]]
    const theta = new Float64Array(3)
    for (let k = 0; k < draws; k++) {
      model.sample(scale, random, theta)
      for (let i = 0; i < 3; i++) {
        sum[i]! += theta[i]!
        for (let j = 0; j < 3; j++) outer[i]![j]! += theta[i]! * theta[j]!
      }
    }
    for (let i = 0; i < 3; i++) {
      const mean = sum[i]! / draws
      const sd = Math.sqrt(scale ** 2 * model.covariance[i * 3 + i]!)
      // Within 4 standard errors of μ.
      expect(Math.abs(mean - model.mean[i]!)).toBeLessThan((4 * sd) / Math.sqrt(draws))
      for (let j = 0; j < 3; j++) {
        const cov = outer[i]![j]! / draws - (sum[i]! / draws) * (sum[j]! / draws)
        expect(cov).toBeCloseTo(scale ** 2 * model.covariance[i * 3 + j]!, 2)
      }
    }
  })

  it('returns to the prior on reset and reloads a saved posterior exactly', () => {
    const model = new BayesianLinearModel(n, priorMean, priorPrecision)
    for (const o of observations(30, 2)) model.update(o.phi, o.reward, o.weight)
    const copy = new BayesianLinearModel(n, priorMean, priorPrecision)
    copy.load(model.mean, model.precisionCholesky, model.observations)
    for (let i = 0; i < n * n; i++) expect(copy.covariance[i]).toBeCloseTo(model.covariance[i]!, 10)
    model.reset()
    expect(Array.from(model.mean)).toEqual(priorMean)
    expect(model.covariance[1 * n + 1]).toBe(0.5)
    expect(model.observations).toBe(0)
  })

  it('ignores zero-weight and non-finite observations and refuses a bad prior', () => {
    const model = new BayesianLinearModel(2, [0, 0], [1, 1])
    model.update([1, 1], 1, 0)
    model.update([1, 1], Number.NaN)
    expect(model.observations).toBe(0)
    expect(() => new BayesianLinearModel(2, [0, 0], [1, 0])).toThrow(/precision\[1\]/)
    expect(() => new BayesianLinearModel(3, [0, 0], [1, 1])).toThrow(/3 entries/)
  })
})
