import type { SensorContact } from '../signals/heart-rate'
import { HrvWindow } from '../signals/hrv'
import { clampUnit } from './clampUnit'
import type { SignalEvidence } from './evidenceTypes'
import {
  MOOD_HEART_BASELINE_MIN_VALID_SEC, MOOD_HEART_BASELINE_SEC, MOOD_HEART_MAX_BPM, MOOD_HEART_MIN_BPM, MOOD_HEART_RATE_FULL_SCALE_RATIO, MOOD_HEART_STALE_SEC,
  MOOD_HRV_WINDOW_SEC, MOOD_HRV_FULL_BEATS, MOOD_HRV_FULL_SCALE_RATIO, MOOD_HRV_MIN_BEATS, MOOD_HRV_MIN_QUALITY, MOOD_HRV_MIN_RMSSD_MS,
} from './moodDefaults'
import { RobustBaseline } from './RobustBaseline'

const LN_HRV_FULL_SCALE = Math.log(MOOD_HRV_FULL_SCALE_RATIO)

function missing(out: SignalEvidence): void {
  out.quality = out.arousal = out.valence = out.attention = 0
}

/**
 * Arousal evidence from a heart-rate strap, relative to the shopper's own baseline.
 *
 * Heart rate: the latest plausible bpm with skin contact (or a strap without contact detection),
 * compared with its baseline: `(bpm / baseline − 1) / MOOD_HEART_RATE_FULL_SCALE_RATIO`. HRV: the RMSSD
 * of a {@link HrvWindow} of MOOD_HRV_WINDOW_SEC (which rejects impossible intervals and jumps over
 * 20 % from the local median), used once it holds MOOD_HRV_MIN_BEATS accepted beats and at least
 * MOOD_HRV_MIN_QUALITY of its beats were accepted, compared on a log scale: `−ln(rmssd / baseline) /
 * ln MOOD_HRV_FULL_SCALE_RATIO` (RMSSD down → arousal up). Each baseline is the median of the usable
 * readings of the first MOOD_HEART_BASELINE_SEC; until it is taken that signal is missing. Only
 * `read` (at the sampling rate) feeds the baselines and reads the window; offers are O(1).
 */
export class HeartEvidence {
  private readonly hrv = new HrvWindow({ windowSec: MOOD_HRV_WINDOW_SEC })
  private readonly hrBaseline: RobustBaseline
  private readonly rmssdBaseline: RobustBaseline
  private bpm = Number.NaN
  private bpmAtSec = Number.NaN
  private rrAtSec = Number.NaN

  /** `sampleHz`: how often `read` will be called (sizes the baselines). */
  constructor(sampleHz: number) {
    const minReadings = Math.ceil(MOOD_HEART_BASELINE_MIN_VALID_SEC * sampleHz)
    const capacity = Math.ceil((MOOD_HEART_BASELINE_SEC + 1) * sampleHz) + minReadings
    this.hrBaseline = new RobustBaseline(MOOD_HEART_BASELINE_SEC, minReadings, capacity)
    this.rmssdBaseline = new RobustBaseline(MOOD_HEART_BASELINE_SEC, minReadings, capacity)
  }

  /** The heart rate baseline in bpm, or NaN while it is being taken. */
  get heartRateBaselineBpm(): number {
    return this.hrBaseline.value
  }

  /** The RMSSD baseline in ms, or NaN while it is being taken. */
  get rmssdBaselineMs(): number {
    return this.rmssdBaseline.value
  }

  /** A heart rate from the strap. Implausible values and `'no-contact'` readings count as no reading. */
  offerHeartRate(bpm: number, contact: SensorContact, nowSec: number): void {
    if (contact === 'no-contact' || !(bpm >= MOOD_HEART_MIN_BPM && bpm <= MOOD_HEART_MAX_BPM)) {
      this.bpm = Number.NaN
      return
    }
    this.bpm = bpm
    this.bpmAtSec = nowSec
  }

  /** One RR interval, ms; artefacts are the HRV window's to reject. */
  offerRrInterval(rrMs: number, nowSec: number): void {
    this.hrv.push(rrMs)
    this.rrAtSec = nowSec
  }

  /** Writes heart-rate and HRV evidence at `nowSec` (missing when stale or before the baseline). */
  read(nowSec: number, heartRate: SignalEvidence, hrv: SignalEvidence): void {
    missing(heartRate)
    missing(hrv)
    if (!Number.isNaN(this.bpm) && nowSec - this.bpmAtSec <= MOOD_HEART_STALE_SEC) {
      // Checked here, not inside add: passing a number to a call V8 does not inline boxes it.
      if (!this.hrBaseline.ready) this.hrBaseline.add(this.bpm, nowSec)
      if (this.hrBaseline.ready) {
        heartRate.quality = 1
        heartRate.arousal = clampUnit((this.bpm / this.hrBaseline.value - 1) / MOOD_HEART_RATE_FULL_SCALE_RATIO)
      }
    }
    if (!(nowSec - this.rrAtSec <= MOOD_HEART_STALE_SEC)) return
    const stats = this.hrv.read()
    if (stats.beats < MOOD_HRV_MIN_BEATS || !(stats.quality >= MOOD_HRV_MIN_QUALITY)) return
    const rmssd = Math.max(MOOD_HRV_MIN_RMSSD_MS, stats.rmssdMs)
    if (!this.rmssdBaseline.ready) this.rmssdBaseline.add(rmssd, nowSec)
    if (!this.rmssdBaseline.ready) return
    hrv.quality = Math.min(1, stats.beats / MOOD_HRV_FULL_BEATS) * ((stats.quality - MOOD_HRV_MIN_QUALITY) / (1 - MOOD_HRV_MIN_QUALITY))
    hrv.arousal = clampUnit(-Math.log(rmssd / this.rmssdBaseline.value) / LN_HRV_FULL_SCALE)
  }

  /** Forgets every beat, reading and baseline (consent withdrawn, new shopper). */
  reset(): void {
    this.hrv.reset()
    this.hrBaseline.reset()
    this.rmssdBaseline.reset()
    this.bpm = this.bpmAtSec = this.rrAtSec = Number.NaN
  }
}
