import { isKioskCache } from '../../core/kiosk/kioskCaches'

/**
 * What a session could have left in this site's browser storage after a wipe: IndexedDB
 * databases, localStorage and sessionStorage items, caches other than the kiosk's own. An empty
 * list means clean. (A database another connection holds open is deleted only once it closes.)
 */
export async function storageLeftovers(): Promise<string[]> {
  const left: string[] = []
  if (typeof indexedDB.databases === 'function') {
    const databases = await indexedDB.databases()
    if (databases.length > 0) left.push(`IndexedDB databases: ${databases.map((d) => d.name).join(', ')}`)
  }
  if (localStorage.length > 0) left.push(`${localStorage.length} localStorage items`)
  if (sessionStorage.length > 0) left.push(`${sessionStorage.length} sessionStorage items`)
  if ('caches' in globalThis) {
    const foreign = (await caches.keys()).filter((name) => !isKioskCache(name))
    if (foreign.length > 0) left.push(`caches: ${foreign.join(', ')}`)
  }
  return left
}
