/**
 * Where the kiosk is in its loop: `attract` (nobody there) → `consent` (the notice for this
 * visitor) → `session` (the shopper app) → `countdown` (idle, about to end) → `wiping` → `attract`.
 */
export type KioskPhase = 'attract' | 'consent' | 'session' | 'countdown' | 'wiping'

/** How the attract screen notices someone (see docs/kiosk/README.md for the privacy reasoning). */
export type PresenceMode = 'camera' | 'touch'

/** The kiosk's settings, from the page URL (`readKioskConfig`). */
export interface KioskConfig {
  /** No face and no touch for this long shows the countdown, ms. `?idle=SECONDS`, default 45 s. */
  idleMs: number
  /** The countdown, ms. `?countdown=SECONDS`, default 10 s. */
  countdownMs: number
  /**
   * `?presence=camera|touch`. `camera` (default): on-device face detection wakes the screen, only a
   * yes/no leaves the detector. `touch`: the camera stays off until the shopper agrees.
   */
  presence: PresenceMode
  /** `?offline=off`: no service worker (development). Default on. */
  offline: boolean
  /** `?hooks`: put `window.__kiosk` on the page for tests and the benchmark. Default off. */
  hooks: boolean
}

/** The kiosk's state: a new object on every change. */
export interface KioskState {
  phase: KioskPhase
  /** 0 before the first visitor; +1 for every visitor (each gets a new consent ledger). */
  sessionId: number
  /** When the current phase began, ms. */
  phaseSince: number
  /** The last touch or the last moment a face was seen, ms. */
  lastActivityAt: number
  /** While counting down: when the session ends, ms. */
  countdownEndsAt: number | undefined
  /** The phase a cancelled countdown returns to. */
  resumePhase: 'consent' | 'session' | undefined
  /** Someone is in front of the screen (debounced). */
  present: boolean
  /** Visitors since the kiosk started. */
  sessionsStarted: number
  /** Sessions wiped since the kiosk started. */
  wipesDone: number
}

/** What happens to the kiosk; `at` is a monotonic time in ms. */
export type KioskEvent =
  /** One face check: was a face seen? (The machine debounces.) */
  | { type: 'face'; found: boolean; at: number }
  /** A touch, click, key or scroll anywhere. */
  | { type: 'touch'; at: number }
  /** Time passes (timers are evaluated). */
  | { type: 'tick'; at: number }
  /** The visitor agreed (with or without the camera): the shopper app opens. */
  | { type: 'consented'; at: number }
  /** The visitor declined, or pressed End: wipe now. */
  | { type: 'end'; at: number }
  /** The wipe finished: back to attract. */
  | { type: 'wiped'; at: number }
