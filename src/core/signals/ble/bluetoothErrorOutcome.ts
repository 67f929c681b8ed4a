import { HEART_RATE_MESSAGES } from './heartRateMessages'
import type { HeartRateProblem, HeartRateProblemCode, HeartRateStatus } from './heartRateTypes'

/** A failed Web Bluetooth call as a status and a problem the shopper can act on. */
export interface BluetoothErrorOutcome {
  status: Extract<HeartRateStatus, 'cancelled' | 'denied' | 'unsupported' | 'failed'>
  problem: HeartRateProblem
}

/**
 * Maps a `requestDevice()` or GATT rejection (a `DOMException` name and message) to a status. Browsers
 * reuse `NotFoundError` for several causes and only the message tells them apart, so the message is
 * matched loosely (Chromium: "User cancelled the requestDevice() chooser.", "Bluetooth adapter not
 * available.", "Web Bluetooth API globally disabled.", "No Services matching UUID ... found").
 * @see https://webbluetoothcg.github.io/web-bluetooth/#dom-bluetooth-requestdevice
 */
export function bluetoothErrorOutcome(name: string, message: string, cause?: unknown): BluetoothErrorOutcome {
  const outcome = (status: BluetoothErrorOutcome['status'], code: HeartRateProblemCode): BluetoothErrorOutcome => ({
    status,
    problem: { code, message: HEART_RATE_MESSAGES[code], cause },
  })
  if (name === 'NotFoundError') {
    if (/cancel/i.test(message)) return outcome('cancelled', 'cancelled')
    if (/adapter/i.test(message)) return outcome('unsupported', 'no-adapter')
    if (/disabled|denied|blocked|permission/i.test(message)) return outcome('denied', 'blocked')
    if (/service/i.test(message)) return outcome('failed', 'no-heart-rate-service')
    return outcome('failed', 'connect-failed')
  }
  if (name === 'SecurityError' || name === 'NotAllowedError') return outcome('denied', 'blocked')
  return outcome('failed', 'connect-failed')
}
