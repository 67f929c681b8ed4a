import { join } from 'node:path'
import { createPgDb } from './createPgDb'
import { createPgliteDb } from './createPgliteDb'
import type { Db } from './Db'

/** Where PGlite keeps its files inside the service's data folder. */
export const PGLITE_SUBDIR = 'pglite'

/** PostgreSQL when `databaseUrl` is set, otherwise PGlite under `<dataDir>/pglite`. */
export function openDb(options: { dataDir: string; databaseUrl?: string | undefined }): Promise<Db> {
  if (options.databaseUrl) return createPgDb(options.databaseUrl)
  return createPgliteDb(join(options.dataDir, PGLITE_SUBDIR))
}
