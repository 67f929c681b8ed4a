import { ManifestError } from '../catalog/ManifestError'
import { validateCatalog } from '../catalog/validateCatalog'
import { catalogAssets } from './catalogAssets'
import type { CatalogPointer, CatalogPort, CatalogUpdateOutcome } from './catalogTypes'
import { catalogCacheName, isCatalogCache } from './kioskCaches'

const JSON_TYPE = 'application/json'

/** Downloads `url`; `undefined` when it cannot be reached. */
async function download(port: CatalogPort, url: string): Promise<Awaited<ReturnType<CatalogPort['fetchBytes']>> | undefined> {
  try {
    return await port.fetchBytes(url)
  } catch {
    return undefined
  }
}

function parseCatalog(bytes: Uint8Array, url: string) {
  let json: unknown
  try {
    json = JSON.parse(new TextDecoder().decode(bytes))
  } catch {
    throw new Error(`the catalog ${url} is not valid JSON`)
  }
  try {
    return validateCatalog(json)
  } catch (error) {
    throw new Error(`the catalog ${url} has problems: ${error instanceof ManifestError ? error.message : String(error)}`)
  }
}

/**
 * Checks the catalog at `catalogUrl` (a same-origin path) and, when it changed, installs it
 * atomically: the document and every asset go into a new cache, each asset verified against the
 * sha256 the catalog gives it, and only then is the pointer replaced, in one write. Any failure
 * drops the new cache and leaves the current catalog in place: never half a catalog. Afterwards,
 * every other catalog cache (older ones, leftovers of an interrupted run) is dropped.
 *
 * Runs one at a time per port (the caller serialises calls). `now` is epoch ms.
 */
export async function updateCatalog(port: CatalogPort, catalogUrl: string, now: number): Promise<CatalogUpdateOutcome> {
  if (!catalogUrl.startsWith('/') || catalogUrl.startsWith('//')) {
    return { status: 'rejected', message: `the catalog URL ${catalogUrl} must be a path on this site (starting with /)` }
  }
  const current = await port.readPointer()
  const catalogFile = await download(port, catalogUrl)
  if (!catalogFile) return { status: 'offline', message: `the catalog ${catalogUrl} could not be reached; keeping the current one` }
  if (catalogFile.status !== 200) return { status: 'rejected', message: `the catalog ${catalogUrl} answered HTTP ${catalogFile.status}; keeping the current one` }
  const sha256 = await port.sha256(catalogFile.bytes)
  const names = await port.cacheNames()
  // Same catalog, and its cache is still there (a browser-data wipe may have removed it): nothing to do.
  if (current && current.sha256 === sha256 && current.catalogUrl === catalogUrl && names.includes(current.cacheName)) {
    return { status: 'unchanged', pointer: current, message: `the catalog is up to date (${current.productCount} products)` }
  }

  const cacheName = catalogCacheName(sha256, now)
  // Leftovers of an interrupted run are never completed: start clean.
  for (const name of names) if (isCatalogCache(name) && name !== current?.cacheName) await port.dropCache(name)
  let pointer: CatalogPointer
  try {
    const catalog = parseCatalog(catalogFile.bytes, catalogUrl)
    const assets = catalogAssets(catalog, catalogUrl)
    for (const asset of assets) {
      const file = await download(port, asset.path)
      if (!file) throw new Error(`asset ${asset.path} (product '${asset.productId}') could not be reached`)
      if (file.status !== 200) throw new Error(`asset ${asset.path} (product '${asset.productId}') answered HTTP ${file.status}`)
      const actual = await port.sha256(file.bytes)
      if (actual !== asset.sha256) {
        throw new Error(`asset ${asset.path} (product '${asset.productId}') has sha256 ${actual}, but the catalog says ${asset.sha256}`)
      }
      await port.put(cacheName, asset.path, file.bytes, file.contentType || 'model/gltf-binary')
    }
    await port.put(cacheName, catalogUrl, catalogFile.bytes, catalogFile.contentType || JSON_TYPE)
    pointer = { catalogUrl, sha256, cacheName, assetUrls: assets.map((a) => a.path), productCount: catalog.products.length, installedAt: now }
  } catch (error) {
    await port.dropCache(cacheName)
    return { status: 'rejected', message: `${error instanceof Error ? error.message : String(error)}; keeping the current catalog` }
  }

  await port.writePointer(pointer)
  for (const name of await port.cacheNames()) if (isCatalogCache(name) && name !== cacheName) await port.dropCache(name)
  return { status: 'updated', pointer, message: `installed a catalog of ${pointer.productCount} products and ${pointer.assetUrls.length} assets` }
}
