import type { Queryable } from '../db/Db'
import type { AssetRecord } from './types'

const COLUMNS = `id, brand_id AS "brandId", sha256, original_sha256 AS "originalSha256", category,
  original_bytes AS "originalBytes", stored_bytes AS "storedBytes", report, created_at AS "createdAt"`

/** Asset rows; every read takes the brand id, so one brand never sees another's. */
export const assetRepo = {
  async insert(db: Queryable, a: Omit<AssetRecord, 'createdAt'>): Promise<AssetRecord> {
    const rows = await db.query<AssetRecord>(
      `INSERT INTO assets (id, brand_id, sha256, original_sha256, category, original_bytes, stored_bytes, report)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8::json) RETURNING ${COLUMNS}`,
      [a.id, a.brandId, a.sha256, a.originalSha256, a.category, a.originalBytes, a.storedBytes, JSON.stringify(a.report)],
    )
    return rows[0]!
  },

  async byId(db: Queryable, brandId: string, id: string): Promise<AssetRecord | undefined> {
    return (await db.query<AssetRecord>(`SELECT ${COLUMNS} FROM assets WHERE brand_id = $1 AND id = $2`, [brandId, id]))[0]
  },

  async byOriginal(db: Queryable, brandId: string, originalSha256: string, category: string): Promise<AssetRecord | undefined> {
    return (await db.query<AssetRecord>(
      `SELECT ${COLUMNS} FROM assets WHERE brand_id = $1 AND original_sha256 = $2 AND category = $3`,
      [brandId, originalSha256, category],
    ))[0]
  },

  list(db: Queryable, brandId: string): Promise<AssetRecord[]> {
    return db.query<AssetRecord>(`SELECT ${COLUMNS} FROM assets WHERE brand_id = $1 ORDER BY created_at, id`, [brandId])
  },

  async remove(db: Queryable, brandId: string, id: string): Promise<AssetRecord | undefined> {
    return (await db.query<AssetRecord>(`DELETE FROM assets WHERE brand_id = $1 AND id = $2 RETURNING ${COLUMNS}`, [brandId, id]))[0]
  },

  /** How many products (drafts included) use the asset. */
  async productCount(db: Queryable, id: string): Promise<number> {
    return (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM products WHERE asset_id = $1', [id]))[0]!.n
  },

  /** Whether any row still points at the file. */
  async shaInUse(db: Queryable, sha256: string): Promise<boolean> {
    return (await db.query('SELECT 1 FROM assets WHERE sha256 = $1 LIMIT 1', [sha256])).length > 0
  },

  /** Who may download a stored file: anyone when a published product uses it, else its owners. */
  async access(db: Queryable, sha256: string, brandId: string | undefined): Promise<'public' | 'owner' | 'none'> {
    const rows = await db.query<{ published: boolean; owned: boolean }>(
      `SELECT EXISTS (SELECT 1 FROM products p JOIN assets a ON a.id = p.asset_id WHERE a.sha256 = $1 AND p.state = 'published') AS published,
              EXISTS (SELECT 1 FROM assets WHERE sha256 = $1 AND brand_id = $2) AS owned`,
      [sha256, brandId ?? null],
    )
    const row = rows[0]!
    return row.published ? 'public' : row.owned ? 'owner' : 'none'
  },
}
