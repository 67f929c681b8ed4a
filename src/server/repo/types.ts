import type { AssetIssue, AssetReport } from '../../core/catalog/asset'
import type { ProductCategory, ProductManifest } from '../../core/catalog/types'

/** A brand as the service knows it (never its token, only whether it has one). */
export interface Brand {
  id: string
  slug: string
  name: string
}

/** A stored asset of one brand. */
export interface AssetRecord {
  id: string
  brandId: string
  sha256: string
  originalSha256: string
  category: ProductCategory
  originalBytes: number
  storedBytes: number
  report: AssetReport
  createdAt: Date
}

export type ProductState = 'draft' | 'published'

/** What a brand sent for a product (kept so a PATCH can merge into it), minus nothing. */
export type ProductInput = Record<string, unknown>

/** A product of one brand with its derived manifest. */
export interface ProductRecord {
  id: string
  brandId: string
  slug: string
  assetId: string
  state: ProductState
  input: ProductInput
  manifest: ProductManifest
  warnings: AssetIssue[]
  /** sha256 of the product's thumbnail (WebP), when the studio rendered one. */
  thumbnailSha256: string | null
  createdAt: Date
  updatedAt: Date
  publishedAt: Date | null
}
