import { HR_RECONNECT_INITIAL_DELAY_MS, HR_RECONNECT_MAX_ATTEMPTS, HR_RECONNECT_MAX_DELAY_MS } from './bleDefaults'

/** Options of {@link backoffSchedule}; every field is optional. */
export interface BackoffOptions {
  /** Wait before the first attempt, ms. Default `HR_RECONNECT_INITIAL_DELAY_MS` (1000). */
  initialDelayMs?: number
  /** Longest wait, ms. Default `HR_RECONNECT_MAX_DELAY_MS` (16 000). */
  maxDelayMs?: number
  /** How many attempts before giving up. Default `HR_RECONNECT_MAX_ATTEMPTS` (6). */
  maxAttempts?: number
  /** Growth of the wait from one attempt to the next. Default 2 (doubling). */
  factor?: number
}

/**
 * The waits before each reconnection attempt, ms: `initialDelayMs`, then multiplied by `factor`
 * each time, never above `maxDelayMs`; one entry per attempt, so its length is the give-up point.
 * Exponential backoff spares the sensor's battery and the radio while it is out of range.
 */
export function backoffSchedule(options: BackoffOptions = {}): number[] {
  const { initialDelayMs = HR_RECONNECT_INITIAL_DELAY_MS, maxDelayMs = HR_RECONNECT_MAX_DELAY_MS } = options
  const { maxAttempts = HR_RECONNECT_MAX_ATTEMPTS, factor = 2 } = options
  if (!(initialDelayMs >= 0) || !(maxDelayMs >= initialDelayMs) || !(factor >= 1) || !Number.isInteger(maxAttempts) || maxAttempts < 0) {
    throw new RangeError(
      `[vitrine/ble] backoffSchedule: need 0 <= initialDelayMs <= maxDelayMs, factor >= 1 and a whole maxAttempts >= 0 (got ${initialDelayMs}, ${maxDelayMs}, ${factor}, ${maxAttempts})`,
    )
  }
  const delays: number[] = []
  let delay = initialDelayMs
  for (let i = 0; i < maxAttempts; i++) {
    delays.push(Math.min(delay, maxDelayMs))
    delay *= factor
  }
  return delays
}
