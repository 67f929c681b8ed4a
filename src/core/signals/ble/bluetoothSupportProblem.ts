import { HEART_RATE_MESSAGES } from './heartRateMessages'
import type { HeartRateProblem, HeartRateProblemCode } from './heartRateTypes'

/** What the page knows about Web Bluetooth before asking for a device. */
export interface BluetoothSupportFacts {
  /** `isSecureContext` of the page. */
  secureContext: boolean
  /** Whether the browser exposes the Web Bluetooth API. */
  hasWebBluetooth: boolean
  /** `getAvailability()`'s answer (an adapter is present), or undefined when not asked (yet). */
  adapterAvailable?: boolean | undefined
}

/**
 * Why heart rate cannot work here, checked in the order a fix is needed (a secure page first, as
 * browsers hide the API on insecure pages), or undefined when nothing is known to be wrong.
 */
export function bluetoothSupportProblem(facts: BluetoothSupportFacts): HeartRateProblem | undefined {
  const problem = (code: HeartRateProblemCode): HeartRateProblem => ({ code, message: HEART_RATE_MESSAGES[code] })
  if (!facts.secureContext) return problem('insecure-context')
  if (!facts.hasWebBluetooth) return problem('no-web-bluetooth')
  if (facts.adapterAvailable === false) return problem('no-adapter')
  return undefined
}
