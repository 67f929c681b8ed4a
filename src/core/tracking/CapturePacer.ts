/** Weight of the newest sample in the running averages (about the last 8 samples count). */
const AVERAGE_WEIGHT = 0.125

/**
 * Decides, on each new camera frame, whether to capture it for the tracker. While a frame is in
 * flight, a capture only pays off within one camera-frame interval of the moment the worker is
 * expected to be free: earlier ones would be replaced before they are sent, and every capture
 * costs a GPU copy (on a software GPU, enough to slow the model itself several times). Frames
 * captured anyway and replaced are still counted as drops by the frame slot.
 */
export class CapturePacer {
  /** Running average of the time from sending a frame to the worker being free again, milliseconds. */
  busyMs = 0
  /** Running average of the time between camera frames, milliseconds. */
  frameIntervalMs = 33
  /** Camera frames not captured because the worker would not have been free in time. */
  skipped = 0
  private lastFrameAtMs = -1

  /** Call on every new camera frame; true means capture it. */
  shouldCapture(nowMs: number, inFlight: boolean, sentAtMs: number): boolean {
    if (this.lastFrameAtMs >= 0) {
      this.frameIntervalMs += AVERAGE_WEIGHT * (nowMs - this.lastFrameAtMs - this.frameIntervalMs)
    }
    this.lastFrameAtMs = nowMs
    if (!inFlight) return true
    const freeAtMs = sentAtMs + this.busyMs
    if (nowMs + this.frameIntervalMs >= freeAtMs) return true
    this.skipped++
    return false
  }

  /**
   * Call when the worker can take the next frame after the one sent at `sentAtMs`: its result
   * arrived and whatever the tracker waits for before sending (a redraw's GPU work) is done.
   */
  completed(nowMs: number, sentAtMs: number): void {
    const busy = nowMs - sentAtMs
    this.busyMs = this.busyMs === 0 ? busy : this.busyMs + AVERAGE_WEIGHT * (busy - this.busyMs)
  }

  reset(): void {
    this.lastFrameAtMs = -1
    this.skipped = 0
  }
}
