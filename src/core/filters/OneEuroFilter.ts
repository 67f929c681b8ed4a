import {
  ONE_EURO_BETA,
  ONE_EURO_D_CUTOFF_HZ,
  ONE_EURO_MAX_GAP_SEC,
  ONE_EURO_MIN_CUTOFF_HZ,
} from './oneEuroDefaults'
import { smoothingAlpha } from './smoothingAlpha'
import type { OneEuroParams } from './types'

/**
 * Scalar 1€ filter (Casiez, Roussel & Vogel, "1€ Filter: A Simple Speed-based Low-pass Filter
 * for Noisy Input in Interactive Systems", CHI 2012): an exponential smoother whose cutoff rises
 * with the signal's speed, f_c = minCutoff + β·|dx̂|, so a still signal is smoothed hard (no
 * jitter) and a fast one lightly (little lag).
 *
 * Edge cases: the first sample passes through; a timestamp that does not advance returns the
 * previous output unchanged; a jump of more than `maxGapSec` either way restarts the filter (a
 * face re-acquired after a gap, or a clock restarted from zero); a non-finite value or timestamp
 * is ignored. No call allocates.
 */
export class OneEuroFilter implements OneEuroParams {
  minCutoffHz: number
  beta: number
  dCutoffHz: number
  maxGapSec: number

  private started = false
  private lastTimeSec = 0
  private lastRaw = 0
  private lastOutput = 0
  private lastDerivative = 0

  constructor(params: Partial<OneEuroParams> = {}) {
    this.minCutoffHz = params.minCutoffHz ?? ONE_EURO_MIN_CUTOFF_HZ
    this.beta = params.beta ?? ONE_EURO_BETA
    this.dCutoffHz = params.dCutoffHz ?? ONE_EURO_D_CUTOFF_HZ
    this.maxGapSec = params.maxGapSec ?? ONE_EURO_MAX_GAP_SEC
  }

  /** Filters `value` sampled at `timestampSec` (seconds, any origin) and returns the estimate. */
  filter(value: number, timestampSec: number): number {
    if (!Number.isFinite(value) || !Number.isFinite(timestampSec)) return this.lastOutput
    const dt = timestampSec - this.lastTimeSec
    if (!this.started || Math.abs(dt) > this.maxGapSec) {
      this.started = true
      this.lastTimeSec = timestampSec
      this.lastRaw = value
      this.lastOutput = value
      this.lastDerivative = 0
      return value
    }
    // A repeated or out-of-order frame carries no new information and dt <= 0 would divide by zero.
    if (dt <= 0) return this.lastOutput

    // Derivative from the previous raw sample, as in the authors' reference implementation: the
    // paper's pseudocode uses the previous *filtered* value, whose lag error would inflate the
    // speed estimate by (1 - α)/α on a ramp.
    const derivative = (value - this.lastRaw) / dt
    const dAlpha = smoothingAlpha(this.dCutoffHz, dt)
    this.lastDerivative += dAlpha * (derivative - this.lastDerivative)

    const cutoffHz = this.minCutoffHz + this.beta * Math.abs(this.lastDerivative)
    const alpha = smoothingAlpha(cutoffHz, dt)
    this.lastOutput += alpha * (value - this.lastOutput)
    this.lastRaw = value
    this.lastTimeSec = timestampSec
    return this.lastOutput
  }

  /** Forgets the history (call on face loss): the next sample passes through. */
  reset(): void {
    this.started = false
    this.lastOutput = 0
    this.lastDerivative = 0
  }
}
