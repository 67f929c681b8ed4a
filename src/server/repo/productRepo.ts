import type { AssetIssue } from '../../core/catalog/asset'
import type { ProductManifest } from '../../core/catalog/types'
import type { Queryable } from '../db/Db'
import type { ProductInput, ProductRecord, ProductState } from './types'

const COLUMNS = `id, brand_id AS "brandId", slug, asset_id AS "assetId", state, input, manifest, warnings,
  thumbnail_sha256 AS "thumbnailSha256", created_at AS "createdAt", updated_at AS "updatedAt", published_at AS "publishedAt"`

/** URL of a stored thumbnail (`GET /api/v1/thumbnails/{sha256}.webp`). */
export function thumbnailUrl(sha256: string): string {
  return `/api/v1/thumbnails/${sha256}.webp`
}

/** The manifest as published: the stored one plus its thumbnail, which lives in its own column. */
export function withThumbnail(manifest: ProductManifest, sha256: string | null): ProductManifest {
  return sha256 ? { ...manifest, thumbnail: { url: thumbnailUrl(sha256), sha256 } } : manifest
}

/** The derived part of a product that changes on create and update. */
export interface ProductContent {
  slug: string
  assetId: string
  input: ProductInput
  manifest: ProductManifest
  warnings: AssetIssue[]
}

/** Product rows; reads and writes of drafts take the brand id, the public catalog reads published rows only. */
export const productRepo = {
  async insert(db: Queryable, id: string, brandId: string, c: ProductContent): Promise<ProductRecord> {
    const rows = await db.query<ProductRecord>(
      `INSERT INTO products (id, brand_id, slug, asset_id, state, input, manifest, warnings)
       VALUES ($1, $2, $3, $4, 'draft', $5::jsonb, $6::json, $7::jsonb) RETURNING ${COLUMNS}`,
      [id, brandId, c.slug, c.assetId, JSON.stringify(c.input), JSON.stringify(c.manifest), JSON.stringify(c.warnings)],
    )
    return rows[0]!
  },

  async update(db: Queryable, brandId: string, id: string, c: ProductContent): Promise<ProductRecord | undefined> {
    const rows = await db.query<ProductRecord>(
      `UPDATE products SET asset_id = $3, input = $4::jsonb, manifest = $5::json, warnings = $6::jsonb, updated_at = now()
       WHERE brand_id = $1 AND id = $2 RETURNING ${COLUMNS}`,
      [brandId, id, c.assetId, JSON.stringify(c.input), JSON.stringify(c.manifest), JSON.stringify(c.warnings)],
    )
    return rows[0]
  },

  async setState(db: Queryable, brandId: string, id: string, state: ProductState): Promise<ProductRecord | undefined> {
    const rows = await db.query<ProductRecord>(
      `UPDATE products SET state = $3, updated_at = now(), published_at = CASE WHEN $3 = 'published' THEN now() ELSE NULL END
       WHERE brand_id = $1 AND id = $2 RETURNING ${COLUMNS}`,
      [brandId, id, state],
    )
    return rows[0]
  },

  async byId(db: Queryable, brandId: string, id: string): Promise<ProductRecord | undefined> {
    return (await db.query<ProductRecord>(`SELECT ${COLUMNS} FROM products WHERE brand_id = $1 AND id = $2`, [brandId, id]))[0]
  },

  list(db: Queryable, brandId: string): Promise<ProductRecord[]> {
    return db.query<ProductRecord>(`SELECT ${COLUMNS} FROM products WHERE brand_id = $1 ORDER BY created_at, id`, [brandId])
  },

  async remove(db: Queryable, brandId: string, id: string): Promise<boolean> {
    return (await db.query("DELETE FROM products WHERE brand_id = $1 AND id = $2 AND state = 'draft' RETURNING id", [brandId, id])).length > 0
  },

  async count(db: Queryable): Promise<number> {
    return (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM products'))[0]!.n
  },

  async slugTaken(db: Queryable, slug: string): Promise<boolean> {
    return (await db.query('SELECT 1 FROM products WHERE slug = $1', [slug])).length > 0
  },

  /** Manifests of every published product, oldest publication first, with their thumbnails. */
  async published(db: Queryable): Promise<ProductManifest[]> {
    const rows = await db.query<{ manifest: ProductManifest; thumbnail: string | null }>(
      "SELECT manifest, thumbnail_sha256 AS thumbnail FROM products WHERE state = 'published' ORDER BY published_at, slug",
    )
    return rows.map((r) => withThumbnail(r.manifest, r.thumbnail))
  },

  async setThumbnail(db: Queryable, brandId: string, id: string, sha256: string): Promise<ProductRecord | undefined> {
    const rows = await db.query<ProductRecord>(
      `UPDATE products SET thumbnail_sha256 = $3, updated_at = now() WHERE brand_id = $1 AND id = $2 RETURNING ${COLUMNS}`,
      [brandId, id, sha256],
    )
    return rows[0]
  },

  /** Who may read a thumbnail: anyone when a published product shows it, else its brand only. */
  async thumbnailAccess(db: Queryable, sha256: string, brandId: string | undefined): Promise<'public' | 'owner' | 'none'> {
    const rows = await db.query<{ state: string; brandId: string }>('SELECT state, brand_id AS "brandId" FROM products WHERE thumbnail_sha256 = $1', [sha256])
    if (rows.some((r) => r.state === 'published')) return 'public'
    return brandId !== undefined && rows.some((r) => r.brandId === brandId) ? 'owner' : 'none'
  },

  /** Every thumbnail some product points at (for the orphan collector). */
  async thumbnailsInUse(db: Queryable): Promise<Set<string>> {
    const rows = await db.query<{ sha: string }>('SELECT DISTINCT thumbnail_sha256 AS sha FROM products WHERE thumbnail_sha256 IS NOT NULL')
    return new Set(rows.map((r) => r.sha))
  },
}
