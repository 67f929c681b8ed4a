import { KIOSK_META_CACHE } from '../../core/kiosk/kioskCaches'

/**
 * The kiosk's own small records (catalog pointer, last catalog check, counters) as JSON entries of
 * one Cache Storage cache, readable by the page, the health page and the service worker alike, and
 * spared by the session wipe. A `put` replaces an entry in one step.
 */
export const kioskMeta = {
  async read<T>(key: string): Promise<T | undefined> {
    if (!('caches' in globalThis)) return undefined
    const response = await (await caches.open(KIOSK_META_CACHE)).match(key)
    if (!response) return undefined
    try {
      return (await response.json()) as T
    } catch {
      return undefined // a damaged record reads as missing; the next write replaces it
    }
  },

  async write(key: string, value: unknown): Promise<void> {
    if (!('caches' in globalThis)) return
    const cache = await caches.open(KIOSK_META_CACHE)
    await cache.put(key, new Response(JSON.stringify(value), { headers: { 'Content-Type': 'application/json' } }))
  },
}
