import {
  HRV_MAX_JUMP_RATIO,
  HRV_MAX_RR_MS,
  HRV_MEDIAN_BEATS,
  HRV_MIN_RR_MS,
  HRV_RESEED_AFTER_REJECTS,
  HRV_WINDOW_SEC,
} from './hrvDefaults'
import type { HrvStats, HrvWindowOptions } from './hrvTypes'
import { medianOfFirst } from './medianOfFirst'

export type { HrvStats, HrvWindowOptions } from './hrvTypes'

/**
 * Heart-rate variability over a sliding window of RR intervals, with artefact rejection.
 *
 * Each pushed interval is kept with an accepted/rejected mark. It is rejected when outside
 * `[minRrMs, maxRrMs]`, or when it differs by more than `maxJumpRatio` from the median of the last
 * `medianBeats` accepted beats (a common, simple filter; see Task Force of the ESC/NASPE, "Heart rate
 * variability", Circulation 1996, on editing ectopic beats). Rejected intervals still take up time,
 * since time really passed, so the window holds the newest beats whose intervals sum to at most
 * `windowSec` (always at least the newest one). RMSSD only uses pairs of beats that are both accepted
 * and adjacent, so a removed artefact never creates a fake difference.
 *
 * Storage is preallocated: a ring of `ceil(windowMs / minRrMs) + 1` beats (when implausibly short
 * artefacts would overflow it, the oldest beats leave early) and one reused stats object.
 */
export class HrvWindow {
  private readonly windowMs: number
  private readonly minRrMs: number
  private readonly maxRrMs: number
  private readonly maxJumpRatio: number
  private readonly reseedAfterRejects: number
  private readonly rr: Float64Array
  private readonly accepted: Uint8Array
  private head = 0 // index of the oldest beat
  private count = 0
  private totalMs = 0
  private readonly recent: Float64Array // last accepted beats, ring
  private readonly scratch: Float64Array
  private recentCount = 0
  private recentNext = 0
  private jumpRejects = 0
  private readonly out: HrvStats = { rmssdMs: Number.NaN, sdnnMs: Number.NaN, meanHrBpm: Number.NaN, beats: 0, rejected: 0, quality: 0 }

  constructor(options: HrvWindowOptions = {}) {
    const { windowSec = HRV_WINDOW_SEC, minRrMs = HRV_MIN_RR_MS, maxRrMs = HRV_MAX_RR_MS } = options
    const { maxJumpRatio = HRV_MAX_JUMP_RATIO, medianBeats = HRV_MEDIAN_BEATS, reseedAfterRejects = HRV_RESEED_AFTER_REJECTS } = options
    if (!(windowSec > 0) || !(minRrMs > 0) || !(maxRrMs > minRrMs) || !(maxJumpRatio > 0) || !(medianBeats >= 1)) {
      throw new RangeError('[vitrine/signals] HrvWindow: need windowSec > 0, 0 < minRrMs < maxRrMs, maxJumpRatio > 0, medianBeats >= 1')
    }
    this.windowMs = windowSec * 1000
    this.minRrMs = minRrMs
    this.maxRrMs = maxRrMs
    this.maxJumpRatio = maxJumpRatio
    this.reseedAfterRejects = reseedAfterRejects
    const capacity = Math.ceil(this.windowMs / minRrMs) + 1
    this.rr = new Float64Array(capacity)
    this.accepted = new Uint8Array(capacity)
    this.recent = new Float64Array(Math.floor(medianBeats))
    this.scratch = new Float64Array(Math.floor(medianBeats))
  }

  /** Adds one RR interval in ms; returns whether it was accepted. Non-finite or negative values are rejected. */
  push(rrMs: number): boolean {
    const ok = this.judge(rrMs)
    const interval = Number.isFinite(rrMs) && rrMs > 0 ? rrMs : 0
    if (this.count === this.rr.length) this.dropOldest()
    const slot = (this.head + this.count) % this.rr.length
    this.rr[slot] = interval
    this.accepted[slot] = ok ? 1 : 0
    this.count++
    this.totalMs += interval
    while (this.count > 1 && this.totalMs > this.windowMs) this.dropOldest()
    return ok
  }

  /** Statistics over the current window. Returns the same object on every call: copy what you keep. */
  read(): HrvStats {
    const out = this.out
    let n = 0
    let sum = 0
    let pairs = 0
    let sumSqDiff = 0
    let rejected = 0
    let prevOk = false
    let prev = 0
    for (let i = 0; i < this.count; i++) {
      const slot = (this.head + i) % this.rr.length
      const value = this.rr[slot]!
      if (this.accepted[slot] === 1) {
        n++
        sum += value
        if (prevOk) {
          pairs++
          sumSqDiff += (value - prev) ** 2
        }
        prevOk = true
        prev = value
      } else {
        rejected++
        prevOk = false
      }
    }
    const mean = n > 0 ? sum / n : Number.NaN
    let sumSq = 0
    for (let i = 0; i < this.count; i++) {
      const slot = (this.head + i) % this.rr.length
      if (this.accepted[slot] === 1) sumSq += (this.rr[slot]! - mean) ** 2
    }
    out.rmssdMs = pairs > 0 ? Math.sqrt(sumSqDiff / pairs) : Number.NaN
    out.sdnnMs = n > 1 ? Math.sqrt(sumSq / (n - 1)) : Number.NaN
    out.meanHrBpm = n > 0 ? 60_000 / mean : Number.NaN
    out.beats = n
    out.rejected = rejected
    out.quality = this.count > 0 ? n / this.count : 0
    return out
  }

  /** Forgets every beat and the local median, e.g. when the strap is taken off. */
  reset(): void {
    this.head = 0
    this.count = 0
    this.totalMs = 0
    this.recentCount = 0
    this.recentNext = 0
    this.jumpRejects = 0
  }

  private judge(rrMs: number): boolean {
    if (!(rrMs >= this.minRrMs && rrMs <= this.maxRrMs)) return false
    if (this.recentCount > 0) {
      const median = medianOfFirst(this.recent, this.recentCount, this.scratch)
      if (Math.abs(rrMs - median) > this.maxJumpRatio * median) {
        if (++this.jumpRejects < this.reseedAfterRejects) return false
        this.recentCount = 0 // persistent change: start a new reference from this beat
        this.recentNext = 0
      }
    }
    this.jumpRejects = 0
    this.recent[this.recentNext] = rrMs
    this.recentNext = (this.recentNext + 1) % this.recent.length
    if (this.recentCount < this.recent.length) this.recentCount++
    return true
  }

  private dropOldest(): void {
    this.totalMs -= this.rr[this.head]!
    this.head = (this.head + 1) % this.rr.length
    this.count--
    if (this.count === 0) this.totalMs = 0 // no drift from float subtraction
  }
}
