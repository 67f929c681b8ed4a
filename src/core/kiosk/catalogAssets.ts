import type { Catalog } from '../catalog/types'

/** An asset the kiosk must hold, with the product that uses it (for messages). */
export interface CatalogAsset {
  /** Same-origin path, resolved against the catalog's URL as the app does. */
  path: string
  sha256: string
  productId: string
}

/** Any base will do: catalog and asset URLs are same-origin paths, only their path is kept. */
const BASE = 'http://kiosk.invalid'

/**
 * The distinct assets of a validated catalog, resolved against the catalog's URL. A kiosk only
 * installs what it can verify, so every asset must carry its sha256; otherwise this throws an
 * Error naming each product without one. Two products sharing a file must agree on its sha256.
 */
export function catalogAssets(catalog: Catalog, catalogUrl: string): CatalogAsset[] {
  const base = new URL(catalogUrl, BASE)
  const byPath = new Map<string, CatalogAsset>()
  const problems: string[] = []
  for (const product of catalog.products) {
    const { url, sha256 } = product.asset
    const resolved = new URL(url, base)
    if (resolved.origin !== base.origin) {
      problems.push(`product '${product.id}': asset ${url} is on another origin`)
      continue
    }
    if (!sha256) {
      problems.push(`product '${product.id}': asset ${url} has no sha256`)
      continue
    }
    const existing = byPath.get(resolved.pathname)
    if (existing && existing.sha256 !== sha256) {
      problems.push(`products '${existing.productId}' and '${product.id}' give ${resolved.pathname} different sha256 values`)
      continue
    }
    if (!existing) byPath.set(resolved.pathname, { path: resolved.pathname, sha256, productId: product.id })
  }
  if (problems.length > 0) throw new Error(`the kiosk installs only catalogs whose every asset it can verify: ${problems.join('; ')}`)
  return [...byPath.values()]
}
