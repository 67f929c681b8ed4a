/** Why the GATT queue gave up on an operation. */
export type GattQueueErrorCode =
  /** The operation did not settle within the queue's timeout; the queue moved on. */
  | 'timeout'
  /** The operation was still waiting when the queue was cleared (disconnection, stop). */
  | 'cleared'

/** Rejection of a {@link GattQueue} operation the queue itself ended; the operation's own errors pass through unchanged. */
export class GattQueueError extends Error {
  readonly code: GattQueueErrorCode
  /** The label the operation was queued with. */
  readonly operation: string

  constructor(code: GattQueueErrorCode, operation: string, detail: string) {
    super(`[vitrine/ble] GATT operation "${operation}" ${detail}`)
    this.name = 'GattQueueError'
    this.code = code
    this.operation = operation
  }
}
