/**
 * The kiosk's service worker (built by kiosk/build/kioskServiceWorkerPlugin.ts into /kiosk-sw.js,
 * registered only by the kiosk page). It keeps the kiosk working with the network off:
 * - install: every file of the build (checked against the build's sha256s), the retailer's privacy
 *   wording, and the catalog with its assets (see src/core/kiosk/updateCatalog.ts);
 * - fetch: answers those from Cache Storage, everything else goes to the network;
 * - message `check-catalog` (sent by the page while nobody uses the kiosk): installs a new catalog
 *   atomically; `skip-waiting`: a new build takes over (the page then reloads).
 * It is served with the app's CSP, so it too can reach this origin only.
 */
import { KIOSK_META_CACHE } from '../src/core/kiosk/kioskCaches'
import { DEMO_CATALOG_URL } from '../src/ui/appOptions'
import { CatalogChecks } from './sw/catalogChecks'
import { dropOldPrecaches, installPrecache } from './sw/precache'
import type { KioskWorkerMessage } from '../src/kiosk/offline/kioskWorkerMessage'
import type { PrecacheManifest } from './sw/precacheTypes'
import { RETAILER_PRIVACY_PATH, route } from './sw/routes'
import type { ServiceWorkerScope } from './sw/swTypes'

declare const __VITRINE_PRECACHE__: PrecacheManifest

const scope = self as unknown as ServiceWorkerScope
const manifest = __VITRINE_PRECACHE__
const precached = new Set(manifest.entries.map((entry) => entry.url))
const catalog = new CatalogChecks(new URL(scope.location.href).searchParams.get('catalog') ?? DEMO_CATALOG_URL)

async function broadcast(message: KioskWorkerMessage): Promise<void> {
  for (const client of await scope.clients.matchAll({ type: 'window' })) client.postMessage(message)
}

scope.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      await installPrecache(manifest)
      // Primes the offline copy of the retailer's wording (a 404 is kept too: no wording, defaults apply).
      await fetch(RETAILER_PRIVACY_PATH, { cache: 'no-store' })
        .then(async (response) => {
          if (response.ok || response.status === 404) await (await caches.open(KIOSK_META_CACHE)).put(RETAILER_PRIVACY_PATH, response)
        })
        .catch(() => undefined)
      // A catalog that cannot be installed now does not block the app: the page asks again later.
      await catalog.check()
    })(),
  )
})

scope.addEventListener('activate', (event) => {
  event.waitUntil(dropOldPrecaches(manifest).then(() => scope.clients.claim()))
})

scope.addEventListener('fetch', (event) => {
  const answer = route(event.request, scope.location.origin, manifest, precached, catalog)
  if (answer) event.respondWith(answer)
})

scope.addEventListener('message', (event) => {
  const message = event.data as KioskWorkerMessage
  if (message?.type === 'skip-waiting') event.waitUntil(scope.skipWaiting())
  if (message?.type === 'check-catalog') {
    event.waitUntil(
      // Refills whatever of the app went missing (a "Forget all" that emptied Cache Storage), then the catalog.
      installPrecache(manifest)
        .catch(() => undefined)
        .then(() => catalog.check())
        .then(({ check, updated }) => broadcast({ type: 'catalog-checked', status: check.status, message: check.message, updated })),
    )
  }
})
