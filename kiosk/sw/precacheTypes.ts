/** One file of the build the kiosk keeps for offline use. */
export interface PrecacheEntry {
  /** Same-origin path, e.g. `/assets/index-3f2a.js`. */
  url: string
  /** SHA-256 of the file as built; a download that does not match is refused. */
  sha256: string
}

/** What the build injects into the service worker (`__VITRINE_PRECACHE__`). */
export interface PrecacheManifest {
  /** Hash of every entry: names the app cache, changes with any change to the build. */
  version: string
  entries: PrecacheEntry[]
}
