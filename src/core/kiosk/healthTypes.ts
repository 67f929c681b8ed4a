/** The kiosk's counters: counts and times only, never anything about a visitor. */
export interface KioskStats {
  /** When the kiosk started this time, epoch ms (carried over by each page handed over to after a wipe). */
  bootedAt: number
  /**
   * Kiosk page starts on this device (browser restarts, crashes, power cuts and reloads included;
   * the fresh page that takes over after each visit's wipe is not a start).
   */
  boots: number
  /** Visitors since this start. */
  sessionsStarted: number
  /** Sessions wiped since this start. */
  wipesDone: number
  /** Wipes in which some wiper failed, since this start. */
  wipeFailures: number
  /** Epoch ms of the last wipe. */
  lastWipeAt: number | undefined
}

/** What the build says about itself (`/kiosk/build-info.json`, written by the build). */
export interface BuildInfo {
  /** package.json version. */
  version: string
  /** Hash of the precached files: changes with any change to the app. */
  build: string
  /** ISO time of the build. */
  builtAt: string
}

/** One line of the health page. */
export interface HealthRow {
  key: string
  label: string
  value: string
}
