import type { CatalogPointer, CatalogPort } from '../../src/core/kiosk/catalogTypes'
import { KIOSK_META_KEYS } from '../../src/core/kiosk/kioskCaches'
import { kioskMeta } from '../../src/kiosk/offline/kioskMeta'
import { sha256Hex } from './sha256Hex'

/** {@link CatalogPort} on the network and Cache Storage, for the service worker. */
export function cacheCatalogPort(): CatalogPort {
  return {
    async fetchBytes(url) {
      const response = await fetch(url, { cache: 'no-store' })
      return { status: response.status, bytes: new Uint8Array(await response.arrayBuffer()), contentType: response.headers.get('Content-Type') ?? '' }
    },
    sha256: sha256Hex,
    async put(cacheName, url, bytes, contentType) {
      const cache = await caches.open(cacheName)
      await cache.put(url, new Response(bytes as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': contentType, 'Content-Length': String(bytes.byteLength) } }))
    },
    cacheNames: () => caches.keys(),
    async dropCache(cacheName) {
      await caches.delete(cacheName)
    },
    readPointer: () => kioskMeta.read<CatalogPointer>(KIOSK_META_KEYS.catalogPointer),
    writePointer: (pointer) => kioskMeta.write(KIOSK_META_KEYS.catalogPointer, pointer),
  }
}
