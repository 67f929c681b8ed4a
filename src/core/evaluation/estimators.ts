/**
 * Off-policy estimators of a target policy's CTR from logged rows t = 1..n with reward rₜ,
 * importance weight wₜ = π_e(aₜ|xₜ)/π_b(aₜ|xₜ), the reward model's prediction for the logged action
 * q̂ₜ = q̂(xₜ, aₜ) and its expectation under the target policy q̄ₜ = Σₐ π_e(a|xₜ) q̂(xₜ, a).
 * `index` (optional) lists the rows to use, with repeats (a bootstrap resample); default all rows.
 */

/** Inverse propensity scoring (Horvitz & Thompson 1952): (1/n) Σ wₜ rₜ. Unbiased, high variance. */
export function ips(w: Float64Array, r: ArrayLike<number>, index?: Int32Array): number {
  const n = index ? index.length : w.length
  let s = 0
  for (let k = 0; k < n; k++) {
    const t = index ? index[k]! : k
    s += w[t]! * r[t]!
  }
  return s / n
}

/** Self-normalised IPS (Swaminathan & Joachims, NeurIPS 2015): Σ wₜ rₜ / Σ wₜ. Slightly biased, far less variance. NaN when Σw = 0. */
export function snips(w: Float64Array, r: ArrayLike<number>, index?: Int32Array): number {
  const n = index ? index.length : w.length
  let s = 0
  let sw = 0
  for (let k = 0; k < n; k++) {
    const t = index ? index[k]! : k
    s += w[t]! * r[t]!
    sw += w[t]!
  }
  return sw > 0 ? s / sw : Number.NaN
}

/** Doubly robust (Dudík, Langford & Li, ICML 2011): (1/n) Σ [q̄ₜ + wₜ (rₜ − q̂ₜ)]. Unbiased if either the propensities or q̂ are right. */
export function doublyRobust(w: Float64Array, r: ArrayLike<number>, qLogged: Float64Array, qPolicy: Float64Array, index?: Int32Array): number {
  const n = index ? index.length : w.length
  let s = 0
  for (let k = 0; k < n; k++) {
    const t = index ? index[k]! : k
    s += qPolicy[t]! + w[t]! * (r[t]! - qLogged[t]!)
  }
  return s / n
}
