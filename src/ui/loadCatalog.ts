import { ManifestError } from '../core/catalog/ManifestError'
import type { Catalog } from '../core/catalog/types'
import { validateCatalog } from '../core/catalog/validateCatalog'

/**
 * Fetches and validates a catalog. Rejects with a message that says what is wrong and where
 * (HTTP status, bad JSON, or every manifest problem with its path).
 */
export async function loadCatalog(url: string): Promise<Catalog> {
  let response: Response
  try {
    response = await fetch(url)
  } catch (error) {
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
