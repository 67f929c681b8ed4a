import type { NumericArray } from '../math/types'
import {
  ONE_EURO_BETA,
  ONE_EURO_D_CUTOFF_HZ,
  ONE_EURO_MAX_GAP_SEC,
  ONE_EURO_MIN_CUTOFF_HZ,
} from './oneEuroDefaults'
import { smoothingAlpha } from './smoothingAlpha'
import type { OneEuroParams } from './types'

/**
 * 1€ filter (Casiez, Roussel & Vogel, CHI 2012) on an N-dimensional vector, e.g. a position in
 * cm. Every component shares one cutoff driven by the vector's speed (the norm of the smoothed
 * derivative), so a diagonal motion is smoothed the same on every axis and the filtered point does
 * not veer off the true path, as it would with independent per-axis filters.
 *
 * Same edge cases as {@link OneEuroFilter}. State is preallocated; `filter` allocates nothing.
 */
export class OneEuroVectorFilter implements OneEuroParams {
  minCutoffHz: number
  beta: number
  dCutoffHz: number
  maxGapSec: number
  /** Number of components. */
  readonly dimension: number

  private started = false
  private lastTimeSec = 0
  private readonly lastRaw: Float64Array
  private readonly lastOutput: Float64Array
  private readonly lastDerivative: Float64Array

  constructor(dimension: number, params: Partial<OneEuroParams> = {}) {
    if (!Number.isInteger(dimension) || dimension < 1) {
      throw new RangeError(`vitrine: OneEuroVectorFilter dimension must be a positive integer, got ${dimension}`)
    }
    this.dimension = dimension
    this.minCutoffHz = params.minCutoffHz ?? ONE_EURO_MIN_CUTOFF_HZ
    this.beta = params.beta ?? ONE_EURO_BETA
    this.dCutoffHz = params.dCutoffHz ?? ONE_EURO_D_CUTOFF_HZ
    this.maxGapSec = params.maxGapSec ?? ONE_EURO_MAX_GAP_SEC
    this.lastRaw = new Float64Array(dimension)
    this.lastOutput = new Float64Array(dimension)
    this.lastDerivative = new Float64Array(dimension)
  }

  /**
   * Filters `value` (first `dimension` entries) sampled at `timestampSec` and writes the estimate
   * into `out`, which may be `value`. Returns `out`.
   */
  filter(value: ArrayLike<number>, timestampSec: number, out: NumericArray): NumericArray {
    const n = this.dimension
    let finite = Number.isFinite(timestampSec)
    for (let i = 0; i < n; i++) finite = finite && Number.isFinite(value[i])
    const dt = timestampSec - this.lastTimeSec
    if (finite && (!this.started || Math.abs(dt) > this.maxGapSec)) {
      this.started = true
      this.lastTimeSec = timestampSec
      for (let i = 0; i < n; i++) {
        const v = value[i]!
        this.lastRaw[i] = v
        this.lastOutput[i] = v
        this.lastDerivative[i] = 0
      }
      return this.copyOutput(out)
    }
    // Repeated/out-of-order timestamps and non-finite samples hold the previous estimate.
    if (!finite || !(dt > 0)) return this.copyOutput(out)

    const dAlpha = smoothingAlpha(this.dCutoffHz, dt)
    let speedSq = 0
    for (let i = 0; i < n; i++) {
      const v = value[i]!
      // Raw-to-raw derivative, as in the authors' reference implementation (see OneEuroFilter).
      const d = this.lastDerivative[i]! + dAlpha * ((v - this.lastRaw[i]!) / dt - this.lastDerivative[i]!)
      this.lastDerivative[i] = d
      speedSq += d * d
    }
    const alpha = smoothingAlpha(this.minCutoffHz + this.beta * Math.sqrt(speedSq), dt)
    for (let i = 0; i < n; i++) {
      const v = value[i]!
      this.lastOutput[i] = this.lastOutput[i]! + alpha * (v - this.lastOutput[i]!)
      this.lastRaw[i] = v
    }
    this.lastTimeSec = timestampSec
    return this.copyOutput(out)
  }

  /** Forgets the history (call on face loss): the next sample passes through. */
  reset(): void {
    this.started = false
    this.lastOutput.fill(0)
    this.lastDerivative.fill(0)
  }

  private copyOutput(out: NumericArray): NumericArray {
    for (let i = 0; i < this.dimension; i++) out[i] = this.lastOutput[i]!
    return out
  }
}
