import type { SensorContact } from '../heart-rate'
import type { BodySensorLocation } from './parseBodySensorLocation'

/** What the heart-rate adapter can report (STYLE.md §6). */
export type HeartRateStatus =
  | 'idle'
  | 'requesting'
  | 'connecting'
  | 'connected'
  | 'reconnecting'
  | 'unsupported'
  | 'denied'
  | 'cancelled'
  | 'failed'
  | 'stopped'

/** Why the heart rate is not coming in; each has its own shopper-facing message. */
export type HeartRateProblemCode =
  /** The page is not a secure context (HTTPS or localhost), where browsers hide Web Bluetooth. */
  | 'insecure-context'
  /** The browser has no Web Bluetooth at all (Firefox, Safari, or Chromium on Linux without the flag). */
  | 'no-web-bluetooth'
  /** The browser has it but the system has no usable Bluetooth adapter (absent or switched off). */
  | 'no-adapter'
  /** The shopper closed the device chooser without picking a sensor. */
  | 'cancelled'
  /** Bluetooth is blocked for this site (site settings, enterprise policy, Permissions-Policy). */
  | 'blocked'
  /** The chosen device does not offer the Heart Rate service. */
  | 'no-heart-rate-service'
  /** Connecting, discovering or subscribing failed. */
  | 'connect-failed'
  /** The link dropped and every reconnection attempt failed. */
  | 'gave-up'

/** The detail of a status that needs one: a stable `code`, a message for the shopper, the original error. */
export interface HeartRateProblem {
  code: HeartRateProblemCode
  message: string
  cause?: unknown
}

/** One heart-rate reading, as handed to sample listeners (the mood model). Never reused: keep it if you like. */
export interface HeartRateSample {
  /** Arrival time, seconds on the monitor's clock (`performance.now() / 1000` in the browser). */
  atSec: number
  bpm: number
  /** RR intervals carried by this packet, ms, oldest first; often empty. */
  rrIntervalsMs: number[]
  contact: SensorContact
}

/** The monitor's small state for screens. Replaced (a new object) on every change. */
export interface HeartRateMonitorState {
  status: HeartRateStatus
  /** Set with `unsupported`, `denied`, `cancelled` and `failed`. */
  problem: HeartRateProblem | undefined
  /** The sensor's advertised name, once chosen. */
  deviceName: string | undefined
  /** The latest good reading of this session. */
  reading: HeartRateSample | undefined
  /** Battery percent, when the sensor has the Battery service. */
  batteryPercent: number | undefined
  /** Where the sensor sits, when it says. */
  bodyLocation: BodySensorLocation | undefined
  /** 1-based attempt while `reconnecting`, else 0. */
  reconnectAttempt: number
  /** Attempts before giving up. */
  reconnectAttempts: number
  /** Good measurement packets this session (kept across reconnections). */
  packets: number
  /** RMSSD of the session's HRV window, ms; NaN until two adjacent good beats. */
  rmssdMs: number
  /** Accepted beats in the HRV window. */
  hrvBeats: number
  /** Malformed packets this session (ignored; the stream goes on). */
  badPackets: number
  /** Why the last malformed packet was rejected. */
  lastPacketError: string | undefined
}
