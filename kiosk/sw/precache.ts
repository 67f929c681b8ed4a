import { appCacheName, isAppCache } from '../../src/core/kiosk/kioskCaches'
import type { PrecacheManifest } from './precacheTypes'
import { sha256Hex } from './sha256Hex'

/** Downloads running at once while precaching (the wasm and the model dominate; the rest is small). */
const PARALLEL_DOWNLOADS = 4

/**
 * Fills this build's app cache: every file of the build manifest, each checked against the
 * sha256 the build recorded. Files already there (an earlier, interrupted install) are kept.
 * Throws naming every file that failed, so the install fails and is retried, never half done.
 */
export async function installPrecache(manifest: PrecacheManifest): Promise<void> {
  const cache = await caches.open(appCacheName(manifest.version))
  const failures: string[] = []
  const queue = [...manifest.entries]
  const worker = async () => {
    for (let entry = queue.shift(); entry; entry = queue.shift()) {
      try {
        if (await cache.match(entry.url)) continue
        const response = await fetch(entry.url, { cache: 'reload' })
        if (!response.ok) throw new Error(`answered HTTP ${response.status}`)
        const bytes = new Uint8Array(await response.arrayBuffer())
        const actual = await sha256Hex(bytes)
        if (actual !== entry.sha256) throw new Error(`has sha256 ${actual}, the build says ${entry.sha256}`)
        const type = response.headers.get('Content-Type') ?? 'application/octet-stream'
        await cache.put(entry.url, new Response(bytes, { headers: { 'Content-Type': type } }))
      } catch (error) {
        failures.push(`${entry.url} ${error instanceof Error ? error.message : String(error)}`)
      }
    }
  }
  await Promise.all(Array.from({ length: PARALLEL_DOWNLOADS }, worker))
  if (failures.length > 0) throw new Error(`[vitrine/kiosk-sw] the app could not be kept for offline use: ${failures.join('; ')}`)
}

/** Drops the app caches of older builds (once this build is active). */
export async function dropOldPrecaches(manifest: PrecacheManifest): Promise<void> {
  const keep = appCacheName(manifest.version)
  for (const name of await caches.keys()) if (isAppCache(name) && name !== keep) await caches.delete(name)
}
