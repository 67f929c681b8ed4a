/** Pure statistics for the try-on benchmark (no DOM, no Node APIs): unit-tested in test/unit/bench. */

/**
 * The p-th percentile (0-100) of `values`, linearly interpolated between order statistics
 * (Hyndman & Fan type 7, as numpy's default). NaN and ±Infinity are ignored; null when nothing is left.
 */
export function percentile(values: readonly number[], p: number): number | null {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b)
  if (sorted.length === 0) return null
  const rank = (Math.min(100, Math.max(0, p)) / 100) * (sorted.length - 1)
  const lo = Math.floor(rank)
  const hi = Math.min(sorted.length - 1, lo + 1)
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (rank - lo)
}

/** The median of the finite values, or null. */
export function median(values: readonly number[]): number | null {
  return percentile(values, 50)
}

/** Root mean square of the finite values, or null. */
export function rms(values: readonly number[]): number | null {
  const finite = values.filter(Number.isFinite)
  if (finite.length === 0) return null
  let sum = 0
  for (const v of finite) sum += v * v
  return Math.sqrt(sum / finite.length)
}

export interface ShiftSearch {
  /** Smallest shift tried, samples. Default -2. */
  minShift?: number
  /** Largest shift tried, samples. Default 10. */
  maxShift?: number
  /** Step between shifts, samples. Default 0.05. */
  step?: number
}

/**
 * The delay of `signal` behind `reference`, in samples (fractional): the shift s minimising
 * Σ_k |signal[k] − reference(k − s) − c|², with the reference linearly interpolated between samples
 * and c the mean offset between the two at that shift (so a constant offset, such as the rendered
 * nose-bridge point sitting a little off landmark 168, does not bias the answer). Minimising this
 * is maximising the cross-correlation of the de-meaned trajectories. Both are sampled at the same
 * integer indices, one vector per index; a missing sample is NaN (or an empty array) and is left
 * out. The same indices k enter every shift, so errors compare like with like. Positive: the
 * signal trails the reference. Null when fewer than 8 indices can be compared or nothing moves.
 */
export function crossCorrelationShift(
  signal: readonly (readonly number[])[],
  reference: readonly (readonly number[])[],
  { minShift = -2, maxShift = 10, step = 0.05 }: ShiftSearch = {},
): number | null {
  const n = Math.min(signal.length, reference.length)
  const valid = (v: readonly number[] | undefined): v is readonly number[] =>
    v !== undefined && v.length > 0 && v.every(Number.isFinite)
  // Indices whose signal exists and whose reference exists at every point any shift reads.
  const ks: number[] = []
  for (let k = 0; k < n; k++) {
    if (!valid(signal[k])) continue
    const from = Math.floor(k - maxShift)
    const to = Math.ceil(k - minShift)
    if (from < 0 || to >= n) continue
    let ok = true
    for (let j = from; j <= to && ok; j++) ok = valid(reference[j])
    if (ok) ks.push(k)
  }
  if (ks.length < 8) return null
  const dims = signal[ks[0]!]!.length
  const diff = new Float64Array(ks.length * dims)
  const mean = new Float64Array(dims)
  let best: number | null = null
  let bestErr = Infinity
  let worstErr = 0
  const count = Math.round((maxShift - minShift) / step)
  for (let i = 0; i <= count; i++) {
    const s = minShift + i * step
    mean.fill(0)
    for (let q = 0; q < ks.length; q++) {
      const k = ks[q]!
      const pos = k - s
      const i0 = Math.min(Math.floor(pos), n - 2)
      const frac = pos - i0
      const a = reference[i0]!
      const b = reference[i0 + 1]!
      const x = signal[k]!
      for (let d = 0; d < dims; d++) {
        const e = x[d]! - (a[d]! * (1 - frac) + b[d]! * frac)
        diff[q * dims + d] = e
        mean[d]! += e / ks.length
      }
    }
    let err = 0
    for (let q = 0; q < ks.length; q++) {
      for (let d = 0; d < dims; d++) {
        const e = diff[q * dims + d]! - mean[d]!
        err += e * e
      }
    }
    worstErr = Math.max(worstErr, err)
    if (err < bestErr) {
      bestErr = err
      best = s
    }
  }
  // A flat reference fits every shift equally: there is no lag to speak of.
  if (best === null || worstErr - bestErr <= 1e-9 * worstErr) return null
  return Math.round(best * 100) / 100
}
