/** Shapes the catalog service answers with (src/server/routes/*: assetView, productView). */
import type { AssetIssue, AssetReport } from '../../core/catalog/asset/types'
import type { ProductCategory, ProductManifest } from '../../core/catalog/types'

/** A stored asset of the signed-in brand (`POST/GET /api/v1/assets`). */
export interface AssetView {
  id: string
  /** sha256 of the stored (optimised) file, which is served at `url`. */
  sha256: string
  url: string
  category: ProductCategory
  sizes: { original: number; optimised: number }
  report: AssetReport
  createdAt: string
}

export type ProductState = 'draft' | 'published'

/** A product of the signed-in brand (`/api/v1/products`). */
export interface ProductView {
  /** The service's id (a UUID), used in URLs. */
  id: string
  /** The shopper-facing product id in the catalog, e.g. `"acme-horizon"`. */
  slug: string
  state: ProductState
  assetId: string
  manifest: ProductManifest
  /** Fit and colour warnings of the current manifest. */
  warnings: AssetIssue[]
  createdAt: string
  updatedAt: string
  publishedAt: string | null
}

/** The fields the studio sends on create (all) and update (those that changed, `null` resets). */
export type ProductInput = Record<string, unknown>
