import type { HeartRateMeasurement, SensorContact } from '../signals/heart-rate'
import type { DwellEvent } from '../signals/dwellTypes'
import { ExpressionTracker } from '../signals/expression'
import type { ExpressionState } from '../signals/expressionTypes'
import { BehaviourEvidence } from './BehaviourEvidence'
import { createMoodEvidence } from './createMoodEvidence'
import { MoodStateBuffer } from './MoodStateBuffer'
import { EvidenceSmoother } from './EvidenceSmoother'
import type { MoodExplanation, MoodInput, MoodSignal, MoodWeights } from './evidenceTypes'
import { explainMood } from './explainMood'
import { expressionEvidence } from './expressionEvidence'
import { MoodFusion } from './MoodFusion'
import { GazeEvidence } from './GazeEvidence'
import { HeartEvidence } from './HeartEvidence'
import { MOOD_EXPRESSION_STALE_SEC } from './moodDefaults'
import { MOOD_SIGNALS } from './moodKeys'
import { PACKED, packEvidence, unpackEvidence } from './packedEvidence'
import type { MoodSamplerOptions } from './moodSamplerTypes'
import { resolveSamplerOptions } from './resolveSamplerOptions'
import type { MoodState } from './types'

function checkTime(method: string, nowSec: number): void {
  if (!Number.isFinite(nowSec)) throw new RangeError(`[vitrine/mood] ${method}: nowSec must be a finite session time in seconds, got ${String(nowSec)}`)
}

/**
 * Fuses the signals the shopper allowed into a {@link MoodState}, a few times a second.
 *
 * Adapters call the `offer…` methods as data arrives (blendshapes and gaze per frame, heart
 * packets per beat, behaviour per event): they do a constant, small amount of work and allocate
 * nothing. The UI loop calls `sample(nowSec)` as often as it likes (e.g. every frame); a state is
 * fused only when the next sampling time has come (on average exactly `sampleHz` a second), else
 * it returns null. All times are seconds of one session clock passed in; nothing reads a clock.
 * Everything lives in memory only, and `reset` or `setAllowed(input, false)` drops it.
 */
export class MoodSampler {
  readonly sampleHz: number
  readonly weights: Readonly<MoodWeights>
  private readonly periodSec: number
  private readonly prior: number
  private readonly heart: HeartEvidence
  private readonly expression: ExpressionTracker
  private expressionState: Readonly<ExpressionState> | null = null
  private expressionAtSec = Number.NaN
  private readonly gaze = new GazeEvidence()
  private readonly behaviour = new BehaviourEvidence()
  private readonly smoother: EvidenceSmoother
  private readonly raw = createMoodEvidence()
  private readonly rawPacked = new Float64Array(PACKED.signals * PACKED.stride)
  private readonly smoothed = new Float64Array(PACKED.signals * PACKED.stride)
  private readonly fusion: MoodFusion
  private readonly state = new MoodStateBuffer()
  private readonly allowed: Record<MoodInput, boolean> = { heartRate: true, expression: true, gaze: true, behaviour: true }
  private nextDueSec = Number.NaN

  constructor(options: MoodSamplerOptions = {}) {
    const resolved = resolveSamplerOptions(options)
    this.sampleHz = resolved.sampleHz
    this.periodSec = 1 / resolved.sampleHz
    this.weights = resolved.weights
    this.fusion = new MoodFusion(resolved.weights, resolved.prior)
    this.prior = resolved.prior
    this.smoother = new EvidenceSmoother(resolved.timeConstantsSec, this.periodSec)
    this.heart = new HeartEvidence(resolved.sampleHz)
    this.expression = new ExpressionTracker(resolved.expression)
  }

  /** A heart rate (e.g. `HeartRateMeasurement.bpm` and `.contact`). */
  offerHeartRate(bpm: number, contact: SensorContact, nowSec: number): void {
    checkTime('offerHeartRate', nowSec)
    if (this.allowed.heartRate) this.heart.offerHeartRate(bpm, contact, nowSec)
  }

  /** One RR interval in ms; artefacts are rejected inside. */
  offerRrInterval(rrMs: number, nowSec: number): void {
    checkTime('offerRrInterval', nowSec)
    if (this.allowed.heartRate) this.heart.offerRrInterval(rrMs, nowSec)
  }

  /**
   * A whole parsed packet (or a `HeartRateSample` from the BLE monitor): its heart rate and every
   * RR interval in it, except those of a packet that reports no skin contact.
   */
  offerHeartRateMeasurement(measurement: Readonly<HeartRateMeasurement>, nowSec: number): void {
    this.offerHeartRate(measurement.bpm, measurement.contact, nowSec)
    if (measurement.contact === 'no-contact') return
    const rr = measurement.rrIntervalsMs
    for (let i = 0; i < rr.length; i++) this.offerRrInterval(rr[i]!, nowSec)
  }

  /** One frame of MediaPipe's 52 blendshape scores (e.g. `FaceResult.blendshapes`), per frame. */
  offerBlendshapes(scores: Float32Array, nowSec: number): void {
    checkTime('offerBlendshapes', nowSec)
    if (!this.allowed.expression) return
    this.expressionState = this.expression.update(scores, nowSec)
    this.expressionAtSec = nowSec
  }

  /** An ended dwell from a `DwellTracker` (camera or headset gaze). */
  offerDwell(event: Readonly<DwellEvent>, nowSec: number): void {
    checkTime('offerDwell', nowSec)
    if (this.allowed.gaze) this.gaze.offerDwell(event, nowSec)
  }

  /** Per gaze sample: the tile looked at now (`DwellTracker.currentTileId`) or null, and the sample's confidence. */
  offerGazeTarget(tileId: string | null, confidence: number, nowSec: number): void {
    checkTime('offerGazeTarget', nowSec)
    if (this.allowed.gaze) this.gaze.offerTarget(tileId, confidence, nowSec)
  }

  /** A finished try-on that lasted `durationSec`. */
  offerTryOn(durationSec: number, nowSec: number): void {
    checkTime('offerTryOn', nowSec)
    if (this.allowed.behaviour) this.behaviour.offerTryOn(durationSec, nowSec)
  }

  /** A product or suggestion skipped after `viewedSec` in view. */
  offerSkip(viewedSec: number, nowSec: number): void {
    checkTime('offerSkip', nowSec)
    if (this.allowed.behaviour) this.behaviour.offerSkip(viewedSec, nowSec)
  }

  /** Whether offers of `input` are used. */
  isAllowed(input: MoodInput): boolean {
    return this.allowed[input]
  }

  /**
   * Switches one input on or off with the shopper's consent. Off forgets at once everything it
   * held (readings, baselines, smoothed evidence) and ignores its offers until switched on again.
   */
  setAllowed(input: MoodInput, allowed: boolean): void {
    if (!Object.hasOwn(this.allowed, input)) throw new RangeError(`[vitrine/mood] setAllowed: unknown input "${String(input)}" (expected heartRate, expression, gaze or behaviour)`)
    this.allowed[input] = allowed
    if (!allowed) this.forget(input)
  }

  /**
   * The fused state when the next sampling time (every 1 / sampleHz s) has come, else null; two
   * samples are never less than half a period apart. Returns the same object every time: copy what
   * you keep (a `MoodStore` does). Time going backwards yields null until it passes the next due
   * time; call `reset` for a new clock.
   */
  sample(nowSec: number): Readonly<MoodState> | null {
    checkTime('sample', nowSec)
    if (nowSec < this.nextDueSec) return null
    // On a fixed schedule, so the average rate is exact whatever the caller's frame rate; a late
    // sample pushes the next one to at least half a period later, so samples never bunch up.
    const scheduled = Number.isNaN(this.nextDueSec) ? nowSec + this.periodSec : this.nextDueSec + this.periodSec
    this.nextDueSec = Math.max(scheduled, nowSec + this.periodSec / 2)
    const raw = this.raw
    this.heart.read(nowSec, raw.heartRate, raw.hrv)
    const fresh = nowSec - this.expressionAtSec <= MOOD_EXPRESSION_STALE_SEC
    expressionEvidence(fresh ? this.expressionState : null, raw.expression)
    this.gaze.read(nowSec, raw.gaze)
    this.behaviour.read(nowSec, raw.behaviour)
    this.smoother.update(packEvidence(raw, this.rawPacked), nowSec, this.smoothed)
    return this.fusion.fuse(this.smoothed, nowSec, this.state)
  }

  /** Each signal's weight, quality, evidence and contribution behind the last sampled state (allocates; debugging and docs only). */
  explain(): MoodExplanation {
    return explainMood(unpackEvidence(this.smoothed, createMoodEvidence()), this.weights, this.prior)
  }

  /** Forgets everything: every input, baseline and the schedule (new shopper, new clock). */
  reset(): void {
    for (const input of ['heartRate', 'expression', 'gaze', 'behaviour'] as const) this.forget(input)
    this.smoother.reset()
    this.smoothed.fill(0)
    this.state.reset()
    this.nextDueSec = Number.NaN
  }

  private forget(input: MoodInput): void {
    if (input === 'heartRate') {
      this.heart.reset()
      this.forgetSignal('heartRate')
      this.forgetSignal('hrv')
    } else if (input === 'expression') {
      this.expression.reset()
      this.expressionState = null
      this.expressionAtSec = Number.NaN
      this.forgetSignal('expression')
    } else if (input === 'gaze') {
      this.gaze.reset()
      this.forgetSignal('gaze')
    } else {
      this.behaviour.reset()
      this.forgetSignal('behaviour')
    }
  }

  /** Drops a signal's smoothed history and its last smoothed evidence (so `explain` shows it gone at once). */
  private forgetSignal(signal: MoodSignal): void {
    this.smoother.forget(signal)
    const row = MOOD_SIGNALS.indexOf(signal) * PACKED.stride
    this.smoothed.fill(0, row, row + PACKED.stride)
  }
}
