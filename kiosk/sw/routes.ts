import { appCacheName, KIOSK_META_CACHE } from '../../src/core/kiosk/kioskCaches'
import type { CatalogChecks } from './catalogChecks'
import type { PrecacheManifest } from './precacheTypes'

/** The retailer's privacy wording: fresh when online, the last copy seen when offline. */
export const RETAILER_PRIVACY_PATH = '/privacy/retailer.json'

/** Page URLs that are the kiosk's pages. */
const PAGE_ALIASES: Record<string, string> = { '/kiosk': '/kiosk/index.html', '/kiosk/': '/kiosk/index.html' }

async function fromCache(cacheName: string, key: string, request: Request): Promise<Response> {
  const cached = await (await caches.open(cacheName)).match(key)
  return cached ?? fetch(request)
}

/** Network first; the last answer (a 404 included: "no retailer wording") is kept for offline use. */
async function networkFirst(key: string, request: Request): Promise<Response> {
  const cache = await caches.open(KIOSK_META_CACHE)
  try {
    const response = await fetch(request)
    if (response.ok || response.status === 404) await cache.put(key, response.clone())
    return response
  } catch (error) {
    const cached = await cache.match(key)
    if (cached) return cached
    throw error
  }
}

/**
 * Decides, synchronously as the fetch event requires, whether the kiosk worker answers a request,
 * and returns the answer: the build's files from the app cache, the catalog and its `.glb` assets
 * from the installed catalog's cache, the retailer's wording network-first. Everything else
 * (other pages, the studio's API) goes to the network untouched.
 */
export function route(request: Request, origin: string, manifest: PrecacheManifest, precached: ReadonlySet<string>, catalog: CatalogChecks): Promise<Response> | undefined {
  if (request.method !== 'GET') return undefined
  const url = new URL(request.url)
  if (url.origin !== origin) return undefined
  const path = PAGE_ALIASES[url.pathname] ?? url.pathname
  if (precached.has(path)) return fromCache(appCacheName(manifest.version), path, request)
  if (path === RETAILER_PRIVACY_PATH) return networkFirst(path, request)
  const pathAndQuery = url.pathname + url.search
  if (pathAndQuery === catalog.catalogUrl || url.pathname.endsWith('.glb')) {
    return catalog.current().then((pointer) => {
      const isOurs = pointer && (pathAndQuery === pointer.catalogUrl || pointer.assetUrls.includes(url.pathname))
      return isOurs ? fromCache(pointer.cacheName, pathAndQuery === pointer.catalogUrl ? pathAndQuery : url.pathname, request) : fetch(request)
    })
  }
  return undefined
}
