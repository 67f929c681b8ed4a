import { ManifestError } from '../core/catalog/ManifestError'
import type { Catalog } from '../core/catalog/types'
import { validateCatalog } from '../core/catalog/validateCatalog'
import { CATALOG_FALLBACKS } from './appOptions'

/** How long a catalog that has a fallback may take to answer before the fallback is used, ms. */
export const CATALOG_TIMEOUT_MS = 8000

/**
 * Fetches and validates a catalog. Rejects with a message that says what is wrong and where
 * (HTTP status, bad JSON, or every manifest problem with its path). A catalog with a fallback
 * (the catalog service's, see `CATALOG_FALLBACKS`) that cannot be reached in time, answers an
 * error or an invalid document is replaced by its fallback, validated the same way.
 */
export async function loadCatalog(url: string, fallbackUrl: string | undefined = CATALOG_FALLBACKS[url]): Promise<Catalog> {
  if (fallbackUrl === undefined) return fetchCatalog(url)
  try {
    return await fetchCatalog(url, CATALOG_TIMEOUT_MS)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    console.warn(`[vitrine/catalog] ${reason} Showing the bundled catalog ${fallbackUrl} instead.`)
    try {
      return await fetchCatalog(fallbackUrl)
    } catch (fallbackError) {
      throw new Error(`${reason} The bundled catalog could not be used either: ${fallbackError instanceof Error ? fallbackError.message : String(fallbackError)}`)
    }
  }
}

async function fetchCatalog(url: string, timeoutMs?: number): Promise<Catalog> {
  let response: Response
  try {
    response = await fetch(url, timeoutMs === undefined ? {} : { signal: AbortSignal.timeout(timeoutMs) })
  } catch (error) {
    if (error instanceof DOMException && error.name === 'TimeoutError') throw new Error(`The catalog ${url} did not answer within ${timeoutMs! / 1000} s.`)
    throw new Error(`The catalog ${url} could not be reached (${error instanceof Error ? error.message : String(error)}).`)
  }
  if (!response.ok) throw new Error(`The catalog ${url} answered HTTP ${response.status}.`)
  let json: unknown
  try {
    json = await response.json()
  } catch {
    throw new Error(`The catalog ${url} is not valid JSON.`)
  }
  try {
    const catalog = validateCatalog(json)
    // Relative asset URLs are relative to the catalog, as in glTF.
    for (const product of catalog.products) product.asset.url = new URL(product.asset.url, new URL(url, location.href)).pathname
    return catalog
  } catch (error) {
    if (error instanceof ManifestError) throw new Error(`The catalog ${url} has problems: ${error.message}`)
    throw error
  }
}
