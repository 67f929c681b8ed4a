import { HR_GATT_OPERATION_TIMEOUT_MS } from './bleDefaults'
import { GattQueueError } from './GattQueueError'

interface Job {
  label: string
  operation: () => Promise<unknown>
  resolve: (value: unknown) => void
  reject: (error: unknown) => void
}

/**
 * Runs GATT operations one at a time, in the order they were queued. Browsers reject a second
 * operation on a device while one is in flight ("GATT operation already in progress"), and a sensor
 * handles one request at a time anyway.
 *
 * An operation's own failure rejects its promise only; the queue goes on with the next one. An
 * operation that does not settle within `timeoutMs` is rejected with a `GattQueueError` ('timeout')
 * and the queue moves on (its late result is dropped). `clear()` rejects everything still waiting.
 */
export class GattQueue {
  private readonly timeoutMs: number
  private readonly waiting: Job[] = []
  private running: Job | undefined

  constructor(timeoutMs: number = HR_GATT_OPERATION_TIMEOUT_MS) {
    if (!(timeoutMs > 0)) throw new RangeError(`[vitrine/ble] GattQueue: timeoutMs must be > 0 (got ${timeoutMs})`)
    this.timeoutMs = timeoutMs
  }

  /** Operations queued or running. */
  get size(): number {
    return this.waiting.length + (this.running ? 1 : 0)
  }

  /** Whether an operation is running now. */
  get busy(): boolean {
    return this.running !== undefined
  }

  /** Queues `operation` (started only when every earlier one has settled); resolves or rejects as it does. */
  run<T>(label: string, operation: () => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.waiting.push({ label, operation, resolve: resolve as (value: unknown) => void, reject })
      if (!this.running) this.next()
    })
  }

  /** Rejects every operation not yet started with a `GattQueueError` ('cleared'); the running one finishes on its own. */
  clear(reason: string): void {
    const dropped = this.waiting.splice(0)
    for (const job of dropped) job.reject(new GattQueueError('cleared', job.label, `was cancelled: ${reason}`))
  }

  private next(): void {
    const job = this.waiting.shift()
    this.running = job
    if (!job) return
    let settled = false
    const finish = (settle: () => void) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      settle()
      this.next()
    }
    const timer = setTimeout(
      () => finish(() => job.reject(new GattQueueError('timeout', job.label, `timed out after ${this.timeoutMs} ms`))),
      this.timeoutMs,
    )
    let pending: Promise<unknown>
    try {
      pending = job.operation()
    } catch (error) {
      pending = Promise.reject(error)
    }
    pending.then(
      (value) => finish(() => job.resolve(value)),
      (error: unknown) => finish(() => job.reject(error)),
    )
  }
}
