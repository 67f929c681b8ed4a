export interface ReconnectPlan {
  /** Called before each attempt's wait, with the 1-based attempt number. */
  onAttempt(attempt: number): void
  /** One attempt; rejects when it failed. */
  connect(): Promise<void>
  /** False once the session that asked for the reconnection has been stopped or restarted. */
  isCurrent(): boolean
  /** Called when every attempt failed, with the last error and the total time waited, ms. */
  onGiveUp(cause: unknown, totalMs: number): void
}

/**
 * Retries a dropped link on a backoff schedule (one wait per attempt, from `backoffSchedule`).
 * `cancel()` ends the current wait at once and no further attempt is made.
 */
export class HeartRateReconnector {
  private readonly delaysMs: readonly number[]
  private timer: ReturnType<typeof setTimeout> | undefined
  private wake: (() => void) | undefined
  private cancelled = false

  constructor(delaysMs: readonly number[]) {
    this.delaysMs = delaysMs
  }

  get attempts(): number {
    return this.delaysMs.length
  }

  async run(plan: ReconnectPlan): Promise<void> {
    this.cancelled = false
    let lastError: unknown
    let totalMs = 0
    for (let i = 0; i < this.delaysMs.length; i++) {
      if (!plan.isCurrent()) return
      plan.onAttempt(i + 1)
      const delay = this.delaysMs[i]!
      await this.sleep(delay)
      totalMs += delay
      if (this.cancelled || !plan.isCurrent()) return
      try {
        await plan.connect()
        return
      } catch (error) {
        lastError = error
      }
    }
    if (plan.isCurrent()) plan.onGiveUp(lastError, totalMs)
  }

  cancel(): void {
    this.cancelled = true
    clearTimeout(this.timer)
    this.wake?.()
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      this.wake = resolve
      this.timer = setTimeout(resolve, ms)
    })
  }
}
