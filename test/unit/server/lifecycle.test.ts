import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { safeValidateCatalog } from '../../../src/core/catalog/validateCatalog'
import { runBrandCommand } from '../../../src/server/cli/runBrandCommand'
import { createCatalogServer } from '../../../src/server/createCatalogServer'
import { createPgDb } from '../../../src/server/db/createPgDb'
import type { Db } from '../../../src/server/db/Db'
import { migrate } from '../../../src/server/db/migrate'
import { MIGRATIONS } from '../../../src/server/db/migrations'
import { PGLITE_SUBDIR } from '../../../src/server/db/openDb'
import { DRIVERS, openTestDb, postgresTestUrl, usePostgresCluster, type Driver } from './helpers/testServer'

const ROOT = new URL('../../../', import.meta.url).pathname
const run = promisify(execFile)
const DEMO_IDS = (JSON.parse(readFileSync(new URL('../../../assets/catalog/demo-catalog.json', import.meta.url), 'utf8')) as { products: { id: string }[] }).products.map((p) => p.id)

/** Runs `scripts/brand.ts` as `npm run brand` would, with `env`. */
async function brandCli(args: string[], env: Record<string, string>) {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'scripts/brand.ts', ...args], { cwd: ROOT, env: { ...process.env, ...env } })
    return { code: 0, stdout, stderr }
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string }
    return { code: e.code, stdout: e.stdout, stderr: e.stderr }
  }
}

describe.each(DRIVERS)('schema, seeding and brand tokens on %s', (driver: Driver) => {
  if (driver === 'postgres') usePostgresCluster()
  let db: Db
  let dataDir: string
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'vitrine-lifecycle-'))
    // PGlite on disk, so `npm run brand` can open the same folder in a child process.
    db = await openTestDb(driver, driver === 'pglite' ? join(dataDir, PGLITE_SUBDIR) : undefined)
  }, 120_000)
  afterAll(async () => { await db?.close(); await rm(dataDir, { recursive: true, force: true }) })

  it('runs each migration once, records it, and rolls a failing one back whole', async () => {
    expect(await migrate(db)).toEqual(MIGRATIONS.map((m) => m.version))
    expect(await migrate(db)).toEqual([])
    expect(await db.query('SELECT version, name FROM schema_migrations ORDER BY version')).toEqual(MIGRATIONS.map((m) => ({ version: m.version, name: m.name })))
    const broken = { version: 999, name: 'half-done', statements: ['CREATE TABLE half_done (id integer)', 'SELECT * FROM no_such_table'] }
    await expect(migrate(db, [...MIGRATIONS, broken])).rejects.toThrow(/no_such_table/)
    expect(await db.query("SELECT to_regclass('half_done') AS t")).toEqual([{ t: null }])
    expect(await db.query('SELECT version FROM schema_migrations WHERE version = 999')).toEqual([])
  })

  it('seeds the demo catalog on an empty database: every product published, valid, its file served with the sha256 it claims', async () => {
    const server = await createCatalogServer({ db, dataDir, seed: 'if-empty' })
    const doc = (await server.app.inject({ url: '/api/v1/catalog' })).json()
    expect(safeValidateCatalog(doc)).toMatchObject({ ok: true })
    expect(doc.products.map((p: { id: string }) => p.id)).toEqual(DEMO_IDS)
    expect(doc.products[0]).toMatchObject({ brand: 'Vitrine Demo', pivotOffset: [0, 0.0387, -0.0046], widthMm: 150, sizeVariants: [{ id: 'S' }, { id: 'M' }, { id: 'L' }] })
    for (const product of doc.products) {
      const file = await server.app.inject({ url: product.asset.url })
      expect(file.statusCode).toBe(200)
      expect(createHash('sha256').update(file.rawPayload).digest('hex')).toBe(product.asset.sha256)
    }
    await server.close()
    // Not empty any more: a second start seeds nothing.
    const again = await createCatalogServer({ db, dataDir, seed: 'if-empty' })
    expect((await again.app.inject({ url: '/api/v1/catalog' })).json().products).toHaveLength(DEMO_IDS.length)
    await again.close()
  }, 60_000)

  it('creates a brand with a token printed once on the last line, stored only as a hash; rotates and revokes it', async () => {
    const out: string[] = [], err: string[] = []
    expect(await runBrandCommand(['create', 'atelier-lumen', '--name', 'Atelier Lumen'], db, (l) => out.push(l), (l) => err.push(l))).toBe(0)
    const token = out.at(-1)!
    expect(token).toMatch(/^vtr_[A-Za-z0-9_-]{43}$/)
    const rows = await db.query<{ token_hash: string }>("SELECT token_hash FROM brands WHERE slug = 'atelier-lumen'")
    expect(rows[0]!.token_hash).toBe(createHash('sha256').update(token).digest('hex'))
    expect(JSON.stringify(await db.query('SELECT * FROM brands'))).not.toContain(token)
    const server = await createCatalogServer({ db, dataDir })
    const products = (t: string) => server.app.inject({ url: '/api/v1/products', headers: { authorization: `Bearer ${t}` } })
    expect((await products(token)).statusCode).toBe(200)
    expect(await runBrandCommand(['create', 'atelier-lumen'], db, (l) => out.push(l), (l) => err.push(l))).toBe(1)
    expect(err.at(-1)).toBe('brand: "atelier-lumen" already exists; use "rotate atelier-lumen" for a new token')
    expect(await runBrandCommand(['rotate', 'atelier-lumen'], db, (l) => out.push(l), (l) => err.push(l))).toBe(0)
    const rotated = out.at(-1)!
    expect((await products(token)).json().error.code).toBe('invalid_token')
    expect((await products(rotated)).statusCode).toBe(200)
    expect(await runBrandCommand(['revoke', 'atelier-lumen'], db, (l) => out.push(l), (l) => err.push(l))).toBe(0)
    expect((await products(rotated)).statusCode).toBe(401)
    expect(await runBrandCommand(['rotate', 'nobody-here'], db, (l) => out.push(l), (l) => err.push(l))).toBe(1)
    expect(await runBrandCommand(['create', 'Not A Slug'], db, (l) => out.push(l), (l) => err.push(l))).toBe(2)
    await server.close()
  })

  it('works as `npm run brand` on the database named by DATA_DIR or DATABASE_URL', async () => {
    const env: Record<string, string> = driver === 'pglite' ? { DATA_DIR: dataDir } : { DATABASE_URL: await postgresTestUrl() }
    if (driver === 'pglite') await db.close() // one process per PGlite folder: the CLI's turn
    const created = await brandCli(['create', 'from-cli'], env)
    const usage = await brandCli([], env)
    if (driver === 'pglite') db = await openTestDb('pglite', join(dataDir, PGLITE_SUBDIR))
    expect(created.code).toBe(0)
    const lines = created.stdout.trim().split('\n')
    expect(lines).toHaveLength(2)
    const token = lines[1]!
    expect(token).toMatch(/^vtr_[A-Za-z0-9_-]{43}$/)
    const check = driver === 'pglite' ? db : await createPgDb(env.DATABASE_URL!)
    const server = await createCatalogServer({ db: check, dataDir })
    expect((await server.app.inject({ url: '/api/v1/products', headers: { authorization: `Bearer ${token}` } })).json()).toEqual({ products: [] })
    await server.close()
    if (check !== db) await check.close()
    expect(usage.code).toBe(2)
    expect(usage.stderr).toMatch(/^usage: npm run brand -- create <slug>/)
  }, 90_000)
})
