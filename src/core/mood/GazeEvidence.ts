import { DWELL_MIN_SEC } from '../signals/dwellDefaults'
import type { DwellEvent } from '../signals/dwellTypes'
import { clampUnit } from './clampUnit'
import type { SignalEvidence } from './evidenceTypes'
import { MOOD_GAZE_FULL_LOOKS, MOOD_GAZE_FULL_SCALE_RATIO, MOOD_GAZE_MEMORY_SEC, MOOD_GAZE_REFERENCE_DWELL_SEC, MOOD_GAZE_REFERENCE_SWITCHES_PER_MIN } from './moodDefaults'

const LN_FULL_SCALE = Math.log(MOOD_GAZE_FULL_SCALE_RATIO)
const LN_REFERENCE_DWELL = Math.log(MOOD_GAZE_REFERENCE_DWELL_SEC)
/** Shortest look length fed to the logarithm, seconds (a glance can be a single sample). */
const MIN_LOOK_SEC = 0.05
/** Shortest span the switch rate is measured over, seconds, so the first look does not read as a flurry. */
const MIN_RATE_SPAN_SEC = 5
/** Remembered looks under this count as none (one look decays to it after 3 memory spans, 60 s). */
const FORGOTTEN_LOOKS = 0.05

const unit = (c: number) => (c > 0 ? (c < 1 ? c : 1) : 0)

/**
 * Attention evidence from gaze on product tiles: longer, steadier looks and fewer switches → up.
 *
 * Looks are remembered in sums that decay with MOOD_GAZE_MEMORY_SEC: their count, their confidence and
 * their confidence-weighted log length. Looks come from dwell events (ended looks of at least the
 * minimum dwell), from glances (a target held less than DWELL_MIN_SEC, which yields no dwell event)
 * and from the look in progress once it passes DWELL_MIN_SEC. Evidence is the mean of
 * - dwell: `ln(mean look / MOOD_GAZE_REFERENCE_DWELL_SEC) / ln MOOD_GAZE_FULL_SCALE_RATIO` (geometric mean,
 *   weighted by confidence: unsteady, low-confidence looks count less);
 * - switches: `−ln(rate / MOOD_GAZE_REFERENCE_SWITCHES_PER_MIN) / ln MOOD_GAZE_FULL_SCALE_RATIO`.
 * Quality is the mean look confidence, scaled down below MOOD_GAZE_FULL_LOOKS remembered looks.
 */
export class GazeEvidence {
  private looks = 0
  private confidenceSum = 0
  private logLengthSum = 0
  private decayedAtSec = Number.NaN
  private firstSec = Number.NaN
  private target: string | null = null
  private targetSinceSec = 0
  private targetConfidenceSum = 0
  private targetSamples = 0

  /** An ended dwell (from a DwellTracker); a dwell on the current target restarts the look in progress. */
  offerDwell(event: Readonly<DwellEvent>, nowSec: number): void {
    if (!(event.dwellSec >= 0 && Number.isFinite(event.dwellSec))) {
      throw new RangeError(`[vitrine/mood] offerDwell: dwellSec must be a finite number of seconds >= 0, got ${String(event.dwellSec)}`)
    }
    if (Number.isNaN(this.firstSec)) this.firstSec = nowSec - event.dwellSec
    this.addLook(event.dwellSec, unit(event.confidence), nowSec)
    if (event.id === this.target) this.startTarget(this.target, nowSec)
  }

  /** The tile the gaze is on now (e.g. `DwellTracker.currentTileId`) or null, with the sample's confidence. */
  offerTarget(tileId: string | null, confidence: number, nowSec: number): void {
    if (tileId !== this.target) {
      if (this.target !== null && this.targetSamples > 0) {
        const held = nowSec - this.targetSinceSec
        if (held < DWELL_MIN_SEC) this.addLook(held, this.targetConfidenceSum / this.targetSamples, nowSec)
      }
      this.startTarget(tileId, nowSec)
    }
    if (tileId === null) return
    if (Number.isNaN(this.firstSec)) this.firstSec = nowSec
    this.targetConfidenceSum += unit(confidence)
    this.targetSamples++
  }

  /** Writes attention evidence at `nowSec`; missing when no look is remembered. */
  read(nowSec: number, out: SignalEvidence): SignalEvidence {
    this.decayTo(nowSec)
    let n = this.looks
    let c = this.confidenceSum
    let l = this.logLengthSum
    const held = nowSec - this.targetSinceSec
    if (this.target !== null && this.targetSamples > 0 && held >= DWELL_MIN_SEC) {
      const confidence = this.targetConfidenceSum / this.targetSamples
      n += 1
      c += confidence
      l += confidence * Math.log(held)
    }
    out.arousal = out.valence = 0
    if (!(n >= FORGOTTEN_LOOKS && c > 0)) {
      out.quality = out.attention = 0
      return out
    }
    const dwell = clampUnit((l / c - LN_REFERENCE_DWELL) / LN_FULL_SCALE)
    const span = Math.max(MIN_RATE_SPAN_SEC, MOOD_GAZE_MEMORY_SEC * (1 - Math.exp(-(nowSec - this.firstSec) / MOOD_GAZE_MEMORY_SEC)))
    const perMin = (this.looks * 60) / span
    const switches = perMin > 0 ? clampUnit(-Math.log(perMin / MOOD_GAZE_REFERENCE_SWITCHES_PER_MIN) / LN_FULL_SCALE) : 1
    out.attention = (dwell + switches) / 2
    out.quality = (c / n) * Math.min(1, n / MOOD_GAZE_FULL_LOOKS)
    return out
  }

  /** Forgets every look. */
  reset(): void {
    this.looks = this.confidenceSum = this.logLengthSum = 0
    this.decayedAtSec = this.firstSec = Number.NaN
    this.startTarget(null, 0)
  }

  private addLook(lengthSec: number, confidence: number, nowSec: number): void {
    this.decayTo(nowSec)
    this.looks += 1
    this.confidenceSum += confidence
    this.logLengthSum += confidence * Math.log(Math.max(MIN_LOOK_SEC, lengthSec))
  }

  private startTarget(tileId: string | null, nowSec: number): void {
    this.target = tileId
    this.targetSinceSec = nowSec
    this.targetConfidenceSum = 0
    this.targetSamples = 0
  }

  private decayTo(nowSec: number): void {
    if (nowSec > this.decayedAtSec) {
      const f = Math.exp(-(nowSec - this.decayedAtSec) / MOOD_GAZE_MEMORY_SEC)
      this.looks *= f
      this.confidenceSum *= f
      this.logLengthSum *= f
    }
    if (!(nowSec <= this.decayedAtSec)) this.decayedAtSec = nowSec
  }
}
