import { randomUUID } from 'node:crypto'
import type { Queryable } from '../db/Db'
import type { Brand } from './types'

const COLUMNS = 'id, slug, name'

/** Brand rows. Tokens are stored as sha256 hashes only; a revoked brand has none. */
export const brandRepo = {
  async create(db: Queryable, slug: string, name: string, tokenHash: string | null): Promise<Brand> {
    const rows = await db.query<Brand>(
      `INSERT INTO brands (id, slug, name, token_hash, token_created_at) VALUES ($1, $2, $3, $4, CASE WHEN $4::text IS NULL THEN NULL ELSE now() END) RETURNING ${COLUMNS}`,
      [randomUUID(), slug, name, tokenHash],
    )
    return rows[0]!
  },

  async bySlug(db: Queryable, slug: string): Promise<Brand | undefined> {
    return (await db.query<Brand>(`SELECT ${COLUMNS} FROM brands WHERE slug = $1`, [slug]))[0]
  },

  async byTokenHash(db: Queryable, tokenHash: string): Promise<Brand | undefined> {
    return (await db.query<Brand>(`SELECT ${COLUMNS} FROM brands WHERE token_hash = $1`, [tokenHash]))[0]
  },

  /** Replaces (or with null, removes) a brand's token; false when there is no such brand. */
  async setToken(db: Queryable, slug: string, tokenHash: string | null): Promise<boolean> {
    const rows = await db.query(
      'UPDATE brands SET token_hash = $2, token_created_at = CASE WHEN $2::text IS NULL THEN NULL ELSE now() END WHERE slug = $1 RETURNING id',
      [slug, tokenHash],
    )
    return rows.length > 0
  },

  async count(db: Queryable): Promise<number> {
    return (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM brands'))[0]!.n
  },
}
