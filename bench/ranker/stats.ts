/** Pure statistics of the ranker benchmark (unit-tested in test/unit/bench/rankerStats.test.ts). */

/** An estimate with its 95% confidence interval. */
export interface Interval {
  estimate: number
  ciLow: number
  ciHigh: number
}

const Z_975 = 1.959963984540054
/** Exact 0.975 quantiles for df 1..4, where the expansion below is poor. */
const T_975_SMALL_DF = [12.7062, 4.3027, 3.1824, 2.7764]

/**
 * The 0.975 quantile of Student's t with `df` degrees of freedom, by the Cornish–Fisher expansion
 * in 1/df (Abramowitz & Stegun 26.7.5); within 0.002 of the exact value for df ≥ 5 (2.0930 at
 * 19); tabulated below that.
 */
export function tQuantile975(df: number): number {
  if (df < 5) return T_975_SMALL_DF[Math.max(1, Math.round(df)) - 1]!
  const z = Z_975
  const z3 = z ** 3
  const z5 = z ** 5
  const z7 = z ** 7
  const z9 = z ** 9
  return z + (z3 + z) / (4 * df) + (5 * z5 + 16 * z3 + 3 * z) / (96 * df ** 2) + (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / (384 * df ** 3) +
    (79 * z9 + 776 * z7 + 1482 * z5 - 1920 * z3 - 945 * z) / (92160 * df ** 4)
}

/** Mean of independent repetitions with a t interval (needs at least 2 values). */
export function meanInterval(values: readonly number[]): Interval {
  const n = values.length
  if (n < 2) throw new RangeError('meanInterval needs at least 2 values')
  const mean = values.reduce((a, b) => a + b, 0) / n
  const sd = Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1))
  const half = (tQuantile975(n - 1) * sd) / Math.sqrt(n)
  return { estimate: mean, ciLow: mean - half, ciHigh: mean + half }
}

/**
 * Relative lift of `treatment` over `control` in percent, from paired repetitions (the same seeds,
 * shoppers and moods): the mean of the per-repetition lifts 100·(tᵣ/cᵣ − 1) with a t interval.
 */
export function pairedLift(treatment: readonly number[], control: readonly number[]): Interval {
  if (treatment.length !== control.length) throw new RangeError('pairedLift needs as many treatment as control values')
  return meanInterval(treatment.map((t, r) => 100 * (t / control[r]! - 1)))
}

/**
 * Gini coefficient of how often each item was shown, zeros included: 0 when every item is shown
 * equally, → 1 when one item takes everything. G = Σᵢ(2i − n − 1)·xᵢ / (n·Σx), x sorted ascending.
 */
export function gini(counts: ArrayLike<number>): number {
  const sorted = Array.from(counts).sort((a, b) => a - b)
  const n = sorted.length
  const total = sorted.reduce((a, b) => a + b, 0)
  if (n === 0 || total === 0) return 0
  let s = 0
  for (let i = 0; i < n; i++) s += (2 * (i + 1) - n - 1) * sorted[i]!
  return s / (n * total)
}

/** Share of items shown at least once. */
export function coverage(counts: ArrayLike<number>): number {
  if (counts.length === 0) return 0
  let shown = 0
  for (let i = 0; i < counts.length; i++) if (counts[i]! > 0) shown++
  return shown / counts.length
}

/**
 * Interactions after a mood shift until the policy is back to `fraction` of its own pre-shift level,
 * both measured as a share of the oracle's CTR at the same interaction (the oracle sets what was
 * achievable there). `curve` and `oracle` hold mean CTRs per interaction of the shift sessions,
 * `shiftAt` the index of the first interaction after the shift. Returns the count of interactions
 * after the shift including the one where it is reached (1 = at once), or null if never within the curve.
 */
export function recoveryInteractions(curve: ArrayLike<number>, oracle: ArrayLike<number>, shiftAt: number, fraction = 0.9): number | null {
  let pre = 0
  for (let t = 0; t < shiftAt; t++) pre += curve[t]! / oracle[t]! / shiftAt
  for (let t = shiftAt; t < curve.length; t++) if (curve[t]! / oracle[t]! >= fraction * pre) return t - shiftAt + 1
  return null
}
