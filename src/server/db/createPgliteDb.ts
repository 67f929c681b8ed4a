import { mkdir } from 'node:fs/promises'
import { PGlite } from '@electric-sql/pglite'
import type { Db, Queryable } from './Db'

function wrap(target: Pick<PGlite, 'query'>): Queryable {
  return {
    async query<Row>(sql: string, params: readonly unknown[] = []) {
      return (await target.query<Row>(sql, params as unknown[])).rows
    },
  }
}

/**
 * The embedded database: PostgreSQL compiled to WebAssembly, in this process. Data lives under
 * `dataDir` (created on first use), or in memory when it is undefined. One process at a time may
 * open a data folder.
 */
export async function createPgliteDb(dataDir?: string): Promise<Db> {
  if (dataDir !== undefined) await mkdir(dataDir, { recursive: true })
  const pg = await PGlite.create(dataDir === undefined ? {} : { dataDir })
  const base = wrap(pg)
  return {
    driver: 'pglite',
    query: base.query,
    transaction: (fn) => pg.transaction((tx) => fn(wrap(tx))),
    exec: async (sql) => { await pg.exec(sql) },
    close: () => pg.close(),
  }
}
