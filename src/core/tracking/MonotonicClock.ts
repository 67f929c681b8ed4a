/**
 * Smallest spacing, in milliseconds, between two timestamps from {@link MonotonicClock}: 1 µs,
 * the unit MediaPipe's graph counts in after converting VIDEO-mode timestamps from ms.
 */
export const MONOTONIC_CLOCK_STEP_MS = 0.001

/**
 * Makes frame timestamps strictly increasing. MediaPipe's VIDEO running mode rejects a
 * timestamp that is not greater than the previous one, yet `performance.now()` or
 * `video.currentTime` can repeat (coarse timers) or step back (a camera restart).
 */
export class MonotonicClock {
  private started = false
  private last = 0

  /**
   * Returns `tMs` when it is at least 1 µs after the last returned value, else the last value plus
   * 1 µs. Requiring a whole 1 µs (rather than any increase) matters because MediaPipe works in µs:
   * 100 ms and 100.0004 ms would become the same µs timestamp and the second would be rejected.
   * A NaN input counts as a repeat.
   */
  next(tMs: number): number {
    if (!this.started) {
      this.started = true
      this.last = Number.isNaN(tMs) ? 0 : tMs
      return this.last
    }
    const min = this.last + MONOTONIC_CLOCK_STEP_MS
    this.last = tMs >= min ? tMs : min
    return this.last
  }

  /** Forgets the last timestamp (only for a new MediaPipe graph, which accepts any first time). */
  reset(): void {
    this.started = false
    this.last = 0
  }
}
