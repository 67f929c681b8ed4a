import { mulberry32 } from '../random/mulberry32'

/** An estimate with its 95 % bootstrap interval. */
export interface Estimate {
  estimate: number
  ciLow: number
  ciHigh: number
}

/**
 * Percentile bootstrap (Efron 1979): `estimator` on all n rows, and on `replicates` resamples of n
 * rows drawn with replacement (seeded), the 2.5th and 97.5th percentiles of the replicates as the
 * 95 % interval. Replicates that come out NaN (e.g. SNIPS with no weight) are left out.
 */
export function bootstrapInterval(n: number, estimator: (index?: Int32Array) => number, replicates: number, seed: number): Estimate {
  const random = mulberry32(seed)
  const index = new Int32Array(n)
  const values: number[] = []
  for (let b = 0; b < replicates; b++) {
    for (let k = 0; k < n; k++) index[k] = Math.floor(random() * n)
    const v = estimator(index)
    if (!Number.isNaN(v)) values.push(v)
  }
  values.sort((a, b) => a - b)
  const at = (q: number) => (values.length === 0 ? Number.NaN : values[Math.min(values.length - 1, Math.max(0, Math.round(q * (values.length - 1))))]!)
  return { estimate: estimator(), ciLow: at(0.025), ciHigh: at(0.975) }
}
