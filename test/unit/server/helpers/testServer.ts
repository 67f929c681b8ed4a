/** Runs a catalog service per database driver for a test file: PGlite in memory, or a real PostgreSQL. */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll } from 'vitest'
import { hashBrandToken, newBrandToken } from '../../../../src/server/auth/brandToken'
import { createCatalogServer, type CatalogServer, type CatalogServerOptions } from '../../../../src/server/createCatalogServer'
import { createPgDb } from '../../../../src/server/db/createPgDb'
import { createPgliteDb } from '../../../../src/server/db/createPgliteDb'
import type { Db } from '../../../../src/server/db/Db'
import { brandRepo } from '../../../../src/server/repo/brandRepo'
import { startPostgres, type PostgresCluster } from '../../../support/postgres'

export type Driver = 'pglite' | 'postgres'
/** Every service suite runs once per driver. */
export const DRIVERS: readonly Driver[] = ['pglite', 'postgres']

let cluster: Promise<PostgresCluster> | undefined
let clusterUsers = 0

/** URL of a new empty database on this file's PostgreSQL cluster (started on first use). */
export async function postgresTestUrl(): Promise<string> {
  cluster ??= startPostgres()
  return (await cluster).createDatabase()
}

/** A fresh empty database of `driver`: PGlite in memory (or in `pgliteDir`), or a new PostgreSQL database. */
export async function openTestDb(driver: Driver, pgliteDir?: string): Promise<Db> {
  if (driver === 'pglite') return createPgliteDb(pgliteDir)
  return createPgDb(await postgresTestUrl())
}

/** Registers the cluster's shutdown; call once per describe block that uses PostgreSQL. */
export function usePostgresCluster(): void {
  beforeAll(() => { clusterUsers++ })
  afterAll(async () => {
    if (--clusterUsers === 0 && cluster) {
      const c = cluster
      cluster = undefined
      await (await c).stop()
    }
  })
}

/** A brand with a fresh token, straight into the database. */
export async function makeBrand(db: Db, slug: string): Promise<{ slug: string; token: string; auth: { authorization: string } }> {
  const token = newBrandToken()
  await brandRepo.create(db, slug, slug, hashBrandToken(token))
  return { slug, token, auth: { authorization: `Bearer ${token}` } }
}

/** The live handles of a test service, filled in by beforeAll. */
export interface TestService {
  driver: Driver
  db: Db
  dataDir: string
  server: CatalogServer
}

/**
 * A catalog service on `driver` for the enclosing describe block: a temp data folder, a fresh
 * database, no seeding; everything stopped and deleted afterwards.
 */
export function useCatalogServer(driver: Driver, options: Partial<Omit<CatalogServerOptions, 'db' | 'dataDir'>> = {}): TestService {
  const service = { driver } as TestService
  if (driver === 'postgres') usePostgresCluster()
  beforeAll(async () => {
    service.dataDir = await mkdtemp(join(tmpdir(), 'vitrine-catalog-'))
    service.db = await openTestDb(driver)
    service.server = await createCatalogServer({ db: service.db, dataDir: service.dataDir, ...options })
  }, 120_000)
  afterAll(async () => {
    await service.server?.close()
    await service.db?.close()
    if (service.dataDir) await rm(service.dataDir, { recursive: true, force: true })
  })
  return service
}
