/**
 * Cache Storage names the kiosk app owns. Every one starts with {@link KIOSK_CACHE_PREFIX}; a
 * session wipe deletes every cache that does not, so nothing a visitor's session put there
 * survives, while the app, the model and the catalog stay available offline.
 */
export const KIOSK_CACHE_PREFIX = 'vitrine-kiosk:'

/** Small records of the kiosk itself (catalog pointer, last check, counters, handoff): never visitor data. */
export const KIOSK_META_CACHE = `${KIOSK_CACHE_PREFIX}meta`

/** Keys of the records in {@link KIOSK_META_CACHE} (same-origin paths nothing serves). */
export const KIOSK_META_KEYS = {
  catalogPointer: '/__vitrine/kiosk/catalog-pointer.json',
  catalogCheck: '/__vitrine/kiosk/catalog-check.json',
  stats: '/__vitrine/kiosk/stats.json',
  /** What a page that ended a visit hands the next (see kioskHandoff). */
  handoff: '/__vitrine/kiosk/handoff.json',
} as const

const APP_PREFIX = `${KIOSK_CACHE_PREFIX}app:`
const CATALOG_PREFIX = `${KIOSK_CACHE_PREFIX}catalog:`

/** The precache of one build (its version is a hash of the build's files). */
export const appCacheName = (version: string): string => `${APP_PREFIX}${version}`

/** One downloaded catalog: its sha256 (shortened) and when the download started, so a retry never reuses a half-filled cache. */
export const catalogCacheName = (sha256: string, startedAt: number): string => `${CATALOG_PREFIX}${sha256.slice(0, 16)}:${startedAt}`

export const isKioskCache = (name: string): boolean => name.startsWith(KIOSK_CACHE_PREFIX)
export const isAppCache = (name: string): boolean => name.startsWith(APP_PREFIX)
export const isCatalogCache = (name: string): boolean => name.startsWith(CATALOG_PREFIX)
