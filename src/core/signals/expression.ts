import { blendshapeIndex } from './blendshapeNames'
import { EXPRESSION_BASELINE_SEC, EXPRESSION_MAX_BASELINE_SAMPLES, EXPRESSION_SMOOTHING_TAU_SEC } from './expressionDefaults'
import type { ExpressionState, ExpressionTrackerOptions } from './expressionTypes'
import { medianOfFirst } from './medianOfFirst'

export type { ExpressionState, ExpressionTrackerOptions } from './expressionTypes'

const SMILE_L = blendshapeIndex('mouthSmileLeft')
const SMILE_R = blendshapeIndex('mouthSmileRight')
const BROW_INNER_UP = blendshapeIndex('browInnerUp')
const BROW_DOWN_L = blendshapeIndex('browDownLeft')
const BROW_DOWN_R = blendshapeIndex('browDownRight')
const EYE_WIDE_L = blendshapeIndex('eyeWideLeft')
const EYE_WIDE_R = blendshapeIndex('eyeWideRight')
const JAW_OPEN = blendshapeIndex('jawOpen')
const FROWN_L = blendshapeIndex('mouthFrownLeft')
const FROWN_R = blendshapeIndex('mouthFrownRight')
const CHANNELS = 4 // smile, brow, surprise, frown
const BLENDSHAPE_COUNT = 52

function score(blendshapes: Float32Array, index: number): number {
  const v = blendshapes[index]!
  return v > 0 ? (v < 1 ? v : 1) : 0 // also maps NaN to 0
}

/**
 * Turns MediaPipe blendshape scores into smoothed smile, brow-raise, surprise and frown intensities
 * relative to the shopper's own neutral face.
 *
 * The four raw channels (see {@link ExpressionState}) are smoothed exponentially with time
 * constant `smoothingTauSec` (alpha = 1 − exp(−dt / tau), so the result does not depend on frame
 * rate). During the first `baselineSec` seconds the median of each raw channel is collected as the
 * neutral baseline; until then the smoothed raw values are reported. Afterwards each value is
 * `(smoothed − baseline) / (1 − baseline)` clamped to 0..1, so the resting face reads 0 and a full
 * expression still reads 1. Timestamps that do not move forward leave the smoothing unchanged.
 * `update` allocates nothing and returns the same state object each time.
 */
export class ExpressionTracker {
  private readonly baselineSec: number
  private readonly tauSec: number
  private readonly samples: Float32Array // maxSamples rows of CHANNELS
  private readonly column: Float32Array
  private readonly scratch: Float32Array
  private readonly baseline = new Float64Array(CHANNELS)
  private readonly smoothed = new Float64Array(CHANNELS)
  private readonly raw = new Float64Array(CHANNELS)
  private sampleCount = 0
  private startSec = Number.NaN
  private lastSec = Number.NaN
  private readonly state: ExpressionState = { smile: 0, brow: 0, surprise: 0, frown: 0, baselineReady: false }

  constructor(options: ExpressionTrackerOptions = {}) {
    const { baselineSec = EXPRESSION_BASELINE_SEC, smoothingTauSec = EXPRESSION_SMOOTHING_TAU_SEC } = options
    const { maxBaselineSamples = EXPRESSION_MAX_BASELINE_SAMPLES } = options
    if (!(baselineSec >= 0) || !(smoothingTauSec >= 0) || !(maxBaselineSamples >= 1)) {
      throw new RangeError('[vitrine/signals] ExpressionTracker: need baselineSec >= 0, smoothingTauSec >= 0, maxBaselineSamples >= 1')
    }
    this.baselineSec = baselineSec
    this.tauSec = smoothingTauSec
    const max = Math.floor(maxBaselineSamples)
    this.samples = new Float32Array(max * CHANNELS)
    this.column = new Float32Array(max)
    this.scratch = new Float32Array(max)
  }

  /** Feeds one frame of 52 blendshape scores (MediaPipe order) taken at `timestampSec`. */
  update(blendshapes: Float32Array, timestampSec: number): ExpressionState {
    if (blendshapes.length < BLENDSHAPE_COUNT) {
      throw new RangeError(`[vitrine/signals] ExpressionTracker.update: expected ${BLENDSHAPE_COUNT} blendshape scores, got ${blendshapes.length}`)
    }
    const raw = this.raw
    raw[0] = (score(blendshapes, SMILE_L) + score(blendshapes, SMILE_R)) / 2
    raw[1] = score(blendshapes, BROW_INNER_UP)
    raw[2] = ((score(blendshapes, EYE_WIDE_L) + score(blendshapes, EYE_WIDE_R)) / 2 + score(blendshapes, JAW_OPEN) + raw[1]) / 3
    raw[3] = ((score(blendshapes, FROWN_L) + score(blendshapes, FROWN_R)) / 2 + (score(blendshapes, BROW_DOWN_L) + score(blendshapes, BROW_DOWN_R)) / 2) / 2

    if (Number.isNaN(this.startSec)) {
      this.startSec = timestampSec
      for (let c = 0; c < CHANNELS; c++) this.smoothed[c] = raw[c]!
    } else {
      const dt = timestampSec - this.lastSec
      if (dt > 0) {
        const alpha = this.tauSec > 0 ? 1 - Math.exp(-dt / this.tauSec) : 1
        for (let c = 0; c < CHANNELS; c++) this.smoothed[c]! += alpha * (raw[c]! - this.smoothed[c]!)
      }
    }
    if (!(timestampSec <= this.lastSec)) this.lastSec = timestampSec

    if (!this.state.baselineReady) this.collectBaseline(timestampSec)
    const s = this.state
    s.smile = this.output(0)
    s.brow = this.output(1)
    s.surprise = this.output(2)
    s.frown = this.output(3)
    return s
  }

  /** Forgets the baseline and the smoothing, e.g. when the face is lost or a new shopper arrives. */
  reset(): void {
    this.sampleCount = 0
    this.startSec = Number.NaN
    this.lastSec = Number.NaN
    const s = this.state
    s.smile = s.brow = s.surprise = s.frown = 0
    s.baselineReady = false
  }

  private collectBaseline(timestampSec: number): void {
    const max = this.column.length
    if (timestampSec - this.startSec < this.baselineSec) {
      if (this.sampleCount < max) {
        const row = this.sampleCount * CHANNELS
        for (let c = 0; c < CHANNELS; c++) this.samples[row + c] = this.raw[c]!
        this.sampleCount++
      }
      return
    }
    if (this.sampleCount === 0) {
      // No frame fell inside the period (e.g. baselineSec 0): this frame is the baseline.
      for (let c = 0; c < CHANNELS; c++) this.samples[c] = this.raw[c]!
      this.sampleCount = 1
    }
    for (let c = 0; c < CHANNELS; c++) {
      for (let i = 0; i < this.sampleCount; i++) this.column[i] = this.samples[i * CHANNELS + c]!
      this.baseline[c] = medianOfFirst(this.column, this.sampleCount, this.scratch)
    }
    this.state.baselineReady = true
  }

  private output(channel: number): number {
    const v = this.smoothed[channel]!
    if (!this.state.baselineReady) return v
    const base = this.baseline[channel]!
    if (base >= 1) return 0
    const rel = (v - base) / (1 - base)
    return rel > 0 ? (rel < 1 ? rel : 1) : 0
  }
}
