/**
 * Latest-frame-wins hand-off between the camera loop and the vision worker: at most one frame is
 * in flight, and while it is, only the newest frame waits. An older waiting frame is dropped
 * (and disposed, e.g. `ImageBitmap.close()`), because a stale frame would only add latency: the
 * tracker should always work on the freshest picture.
 *
 * Invariant: every offered item is either returned for sending exactly once or disposed exactly
 * once, so `sent + dropped + (waiting ? 1 : 0) === offered`. Pure and synchronous: the caller
 * does the posting and matches results to requests by id.
 *
 * @example
 * const slot = new LatestFrameSlot<ImageBitmap>((b) => b.close())
 * const now = slot.offer(bitmap); if (now) post(now)            // on every camera frame
 * const next = slot.complete(); if (next) post(next)            // on every worker result
 */
export class LatestFrameSlot<T> {
  /** Items handed out for sending (by `offer` or `complete`). */
  sent = 0
  /** Items disposed without being sent: replaced while waiting, or cleared. */
  dropped = 0
  /** In-flight items marked done by `complete`. */
  completed = 0

  private busy = false
  private pending = false
  private waitingItem: T | undefined = undefined

  /** @param dispose Called exactly once for every item that is dropped instead of sent. */
  constructor(private readonly dispose: (item: T) => void) {}

  /** True while an item has been handed out and not yet completed. */
  get inFlight(): boolean {
    return this.busy
  }

  /** True while an item waits for the in-flight one to complete. */
  get hasWaiting(): boolean {
    return this.pending
  }

  /**
   * Offers a new item. Returns it if it should be sent now (nothing was in flight); otherwise keeps
   * it as the waiting item, disposing the one it replaces, and returns undefined.
   */
  offer(item: T): T | undefined {
    if (!this.busy) {
      this.busy = true
      this.sent++
      return item
    }
    if (this.pending) this.drop(this.waitingItem as T)
    this.waitingItem = item
    this.pending = true
    return undefined
  }

  /**
   * Marks the in-flight item done. Returns the waiting item, now in flight and to be sent, or
   * undefined if none waits. Does nothing (returns undefined) when nothing is in flight, so a late
   * result after {@link clear} cannot corrupt the counters.
   */
  complete(): T | undefined {
    if (!this.busy) return undefined
    this.completed++
    if (!this.pending) {
      this.busy = false
      return undefined
    }
    const next = this.waitingItem as T
    this.waitingItem = undefined
    this.pending = false
    this.sent++
    return next
  }

  /**
   * Disposes the waiting item (counted as dropped) and forgets the in-flight one, e.g. when the
   * camera stops. The in-flight item is not disposed here: it belongs to the worker now.
   */
  clear(): void {
    if (this.pending) this.drop(this.waitingItem as T)
    this.waitingItem = undefined
    this.pending = false
    this.busy = false
  }

  private drop(item: T): void {
    this.dropped++
    this.dispose(item)
  }
}
