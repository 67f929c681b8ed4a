import pg from 'pg'
import type { Db, Queryable } from './Db'

/** Connections the pool opens at most. */
export const PG_POOL_SIZE = 10

/** PostgreSQL through node-postgres, for `DATABASE_URL` (e.g. `postgres://user:pass@host:5432/vitrine`). */
export async function createPgDb(connectionString: string): Promise<Db> {
  const pool = new pg.Pool({ connectionString, max: PG_POOL_SIZE })
  // Fail at start, with the server's own words, rather than on the first request.
  const probe = await pool.connect()
  probe.release()
  const query = async <Row>(client: pg.Pool | pg.PoolClient, sql: string, params: readonly unknown[] = []) =>
    (await client.query(sql, params as unknown[])).rows as Row[]
  return {
    driver: 'postgres',
    query: (sql, params) => query(pool, sql, params),
    async transaction(fn) {
      const client = await pool.connect()
      const tx: Queryable = { query: (sql, params) => query(client, sql, params) }
      try {
        await client.query('BEGIN')
        const result = await fn(tx)
        await client.query('COMMIT')
        return result
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined)
        throw error
      } finally {
        client.release()
      }
    },
    exec: async (sql) => { await pool.query(sql) },
    close: () => pool.end(),
  }
}
