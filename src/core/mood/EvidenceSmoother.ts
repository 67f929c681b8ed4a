import type { MoodSignal } from './evidenceTypes'
import { MOOD_SIGNALS } from './moodKeys'
import { MOOD_MISSING_QUALITY } from './moodDefaults'
import { PACKED } from './packedEvidence'

const STRIDE = PACKED.stride

/**
 * Quality-weighted exponential smoothing of each signal's evidence over seconds, on packed
 * evidence (see `PACKED`).
 *
 * Per signal it keeps Q = EMA(quality) and S = EMA(quality · evidence) per dimension, with
 * α = 1 − exp(−dt / τ), and reports quality Q and evidence S / Q. So a reading moves the average in
 * proportion to its quality; a missing reading (quality 0) fades the signal's quality with its time
 * constant but leaves its evidence where it was, so a dropout lowers confidence without dragging
 * the value toward neutral or anywhere else; a signal that had faded out restarts from its new
 * readings, not from its stale past (S and Q restart small together). A fading signal whose quality
 * drops under MOOD_MISSING_QUALITY is reported as exactly missing. A reading whose quality or
 * evidence is not finite counts as missing. Allocates nothing.
 */
export class EvidenceSmoother {
  private readonly tauSec = new Float64Array(MOOD_SIGNALS.length)
  private readonly sums = new Float64Array(MOOD_SIGNALS.length * STRIDE)
  private readonly firstStepSec: number
  private lastSec = Number.NaN

  /**
   * `tauSec`: the time constant of each signal, seconds (0: no smoothing). `firstStepSec`: the step
   * taken by the first update, which has no previous one (the sampling period).
   */
  constructor(tauSec: Readonly<Record<MoodSignal, number>>, firstStepSec: number) {
    this.firstStepSec = firstStepSec
    MOOD_SIGNALS.forEach((signal, i) => {
      const tau = tauSec[signal]
      if (!(tau >= 0 && Number.isFinite(tau))) throw new RangeError(`[vitrine/mood] time constant of ${signal}: need a finite number of seconds >= 0, got ${String(tau)}`)
      this.tauSec[i] = tau
    })
  }

  /** Advances every signal to `nowSec` with the raw packed readings; writes the smoothed ones into `out`. */
  update(raw: Float64Array, nowSec: number, out: Float64Array): Float64Array {
    const dtSec = Number.isNaN(this.lastSec) ? this.firstStepSec : nowSec - this.lastSec
    this.lastSec = nowSec
    const s = this.sums
    for (let i = 0; i < MOOD_SIGNALS.length; i++) {
      const row = i * STRIDE
      const tau = this.tauSec[i]!
      const alpha = tau > 0 ? (dtSec > 0 ? 1 - Math.exp(-dtSec / tau) : 0) : 1
      const rq = raw[row]!
      const usable = rq > 0 && Number.isFinite(raw[row + 1]!) && Number.isFinite(raw[row + 2]!) && Number.isFinite(raw[row + 3]!)
      const q = usable ? (rq < 1 ? rq : 1) : 0
      s[row]! += alpha * (q - s[row]!)
      for (let k = 1; k < STRIDE; k++) s[row + k]! += alpha * (q === 0 ? -s[row + k]! : q * raw[row + k]! - s[row + k]!)
      const quality = s[row]!
      if (quality === 0 || (q === 0 && quality < MOOD_MISSING_QUALITY)) {
        s.fill(0, row, row + STRIDE)
        out.fill(0, row, row + STRIDE)
      } else {
        out[row] = quality
        for (let k = 1; k < STRIDE; k++) out[row + k] = s[row + k]! / quality
      }
    }
    return out
  }

  /** Drops one signal's history at once (consent withdrawn): it is missing from the next update. */
  forget(signal: MoodSignal): void {
    const row = MOOD_SIGNALS.indexOf(signal) * STRIDE
    this.sums.fill(0, row, row + STRIDE)
  }

  /** Drops every signal's history and the last time. */
  reset(): void {
    this.sums.fill(0)
    this.lastSec = Number.NaN
  }
}
