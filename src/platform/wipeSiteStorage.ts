/**
 * Empties what this site keeps in the browser: localStorage, sessionStorage, every IndexedDB
 * database, and Cache Storage except the caches `keepCache` says to keep (an offline kiosk's own
 * precache). Nothing else of the browser is touched.
 */
export async function wipeSiteStorage(keepCache: (name: string) => boolean = () => false): Promise<void> {
  localStorage.clear()
  sessionStorage.clear()
  if ('indexedDB' in globalThis && typeof indexedDB.databases === 'function') {
    const databases = await indexedDB.databases()
    await Promise.all(
      databases.map(
        ({ name }) =>
          new Promise<void>((resolve, reject) => {
            if (!name) return resolve()
            const request = indexedDB.deleteDatabase(name)
            request.onsuccess = () => resolve()
            request.onerror = () => reject(new Error(`IndexedDB database '${name}' could not be deleted: ${request.error?.message ?? 'unknown error'}`))
            // Another tab holding it open blocks deletion until it closes; the deletion stays queued.
            request.onblocked = () => resolve()
          }),
      ),
    )
  }
  if ('caches' in globalThis) {
    const names = await caches.keys()
    await Promise.all(names.filter((name) => !keepCache(name)).map((name) => caches.delete(name)))
  }
}
