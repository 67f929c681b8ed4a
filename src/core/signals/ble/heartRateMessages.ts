import type { HeartRateProblemCode } from './heartRateTypes'

/** The shopper-facing sentence for each problem: what happened and what to do. */
export const HEART_RATE_MESSAGES: Readonly<Record<HeartRateProblemCode, string>> = {
  'insecure-context': 'Heart rate needs a secure page (HTTPS). Open this page over HTTPS to connect a sensor.',
  'no-web-bluetooth': 'This browser cannot talk to Bluetooth sensors. Use Chrome or Edge on a computer or Android to connect one.',
  'no-adapter': 'No Bluetooth adapter is available. Switch Bluetooth on in the system settings, then connect again.',
  cancelled: 'No sensor was chosen. Press "Connect heart-rate sensor" to pick one.',
  blocked: 'Bluetooth is blocked for this site. Allow it in the site settings (the icon left of the address), then connect again.',
  'no-heart-rate-service': 'This device does not offer a heart rate. Pick a chest strap or watch that shares its heart rate.',
  'connect-failed': 'The sensor could not be reached. Check it is worn, switched on and near you, then connect again.',
  'gave-up': 'The sensor stayed out of reach. Check it is worn, switched on and near you, then connect again.',
}
