/**
 * In place: turns the lower-triangular Cholesky factor L of A (row-major n×n, A = L·Lᵀ) into the
 * factor of A + x·xᵀ, in O(n²) with Givens-style rotations (Golub & Van Loan, "Matrix
 * Computations", §6.5.4). `x` is overwritten (it is the work vector). Adding a positive
 * semidefinite term keeps the diagonal positive, so no square root of a negative number occurs.
 */
export function choleskyRank1Update(L: Float64Array, x: Float64Array, n: number): void {
  for (let k = 0; k < n; k++) {
    const xk = x[k]!
    if (xk === 0) continue
    const lkk = L[k * n + k]!
    const r = Math.sqrt(lkk * lkk + xk * xk)
    const c = r / lkk
    const s = xk / lkk
    L[k * n + k] = r
    for (let i = k + 1; i < n; i++) {
      const lik = (L[i * n + k]! + s * x[i]!) / c
      L[i * n + k] = lik
      x[i] = c * x[i]! - s * lik
    }
  }
}
