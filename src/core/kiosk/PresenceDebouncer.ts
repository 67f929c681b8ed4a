import { PRESENCE_ARRIVE_GAP_MS, PRESENCE_ARRIVE_MS, PRESENCE_LEAVE_MS } from './kioskDefaults'

/** Timings of {@link PresenceDebouncer}, ms. */
export interface PresenceTimings {
  /** Seen this long without a long gap → present. Default `PRESENCE_ARRIVE_MS`. */
  arriveMs: number
  /** A gap longer than this between sightings restarts the arrival. Default `PRESENCE_ARRIVE_GAP_MS`. */
  gapMs: number
  /** Not seen for this long → gone. Default `PRESENCE_LEAVE_MS`. */
  leaveMs: number
}

/**
 * Turns face checks (a yes/no a few times a second, or per tracker frame) into "someone is in
 * front of the screen", by time rather than by count so it holds whatever the check rate: a face
 * must stay a moment before it counts (a passer-by does not wake the kiosk), and must be gone a
 * moment before it stops counting (a head turned away is not a departure).
 */
export class PresenceDebouncer {
  present = false
  private firstSeenAt = Number.NaN
  private lastSeenAt = Number.NaN
  private readonly timings: PresenceTimings

  constructor(timings: Partial<PresenceTimings> = {}) {
    this.timings = { arriveMs: PRESENCE_ARRIVE_MS, gapMs: PRESENCE_ARRIVE_GAP_MS, leaveMs: PRESENCE_LEAVE_MS, ...timings }
    for (const [name, value] of Object.entries(this.timings)) {
      if (!(Number.isFinite(value) && value >= 0)) throw new RangeError(`[vitrine/kiosk] PresenceDebouncer: ${name} must be a number of ms >= 0, got ${String(value)}`)
    }
  }

  /** Feeds one check made at `at` (ms, monotonic); returns whether someone is present. */
  update(found: boolean, at: number): boolean {
    const { arriveMs, gapMs, leaveMs } = this.timings
    if (found) {
      // NaN (never seen) compares false: the first sighting starts the arrival.
      if (!(at - this.lastSeenAt <= gapMs)) this.firstSeenAt = at
      this.lastSeenAt = at
      if (!this.present && at - this.firstSeenAt >= arriveMs) this.present = true
    } else if (this.present && at - this.lastSeenAt >= leaveMs) {
      this.present = false
    }
    return this.present
  }

  /** Someone counts as present, last seen at `at` (a page taking over from the one before it). */
  assumePresent(at: number): void {
    this.present = true
    this.firstSeenAt = at
    this.lastSeenAt = at
  }

  reset(): void {
    this.present = false
    this.firstSeenAt = Number.NaN
    this.lastSeenAt = Number.NaN
  }
}
