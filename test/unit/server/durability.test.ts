import { createHash } from 'node:crypto'
import { execFileSync } from 'node:child_process'
import { readdirSync, statSync } from 'node:fs'
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createCatalogServer } from '../../../src/server/createCatalogServer'
import { createPgDb } from '../../../src/server/db/createPgDb'
import type { Db } from '../../../src/server/db/Db'
import { PGLITE_SUBDIR } from '../../../src/server/db/openDb'
import { migrate } from '../../../src/server/db/migrate'
import { boxGlasses } from './helpers/glb'
import { startServeChild } from './helpers/serveChild'
import { DRIVERS, makeBrand, openTestDb, postgresTestUrl, usePostgresCluster, type Driver } from './helpers/testServer'
import { KHRONOS } from './suites/assetsSuite'

const UPLOADS = 50
const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex')
const GLB = { 'content-type': 'model/gltf-binary' }
const migrated = async (db: Db) => { await migrate(db); return db }

describe.each(DRIVERS)('storage durability on %s', (driver: Driver) => {
  if (driver === 'postgres') usePostgresCluster()
  let dataDir: string
  let db: Db
  let pgUrl: string | undefined
  const open = async () => {
    if (driver === 'pglite') return migrated(await openTestDb('pglite', join(dataDir, PGLITE_SUBDIR)))
    pgUrl ??= await postgresTestUrl()
    return migrated(await createPgDb(pgUrl))
  }
  beforeAll(async () => { dataDir = await mkdtemp(join(tmpdir(), 'vitrine-durable-')) })
  afterAll(async () => { await db?.close(); await rm(dataDir, { recursive: true, force: true }) })

  it(`keeps every one of ${UPLOADS} concurrent uploads intact across a restart`, async () => {
    db = await open()
    const first = await createCatalogServer({ db, dataDir })
    const brand = await makeBrand(db, 'durable')
    const base = await first.app.listen({ port: 0, host: '127.0.0.1' })
    const files = Array.from({ length: UPLOADS }, (_, i) => boxGlasses({ tag: `durable-${i}`, gridCells: 8 }))
    const results = await Promise.all(files.map((bytes) => fetch(`${base}/api/v1/assets`, { method: 'POST', headers: { ...GLB, ...brand.auth }, body: bytes as Uint8Array<ArrayBuffer> })))
    expect(results.map((r) => r.status)).toEqual(files.map(() => 201))
    const uploaded = await Promise.all(results.map((r) => r.json() as Promise<{ id: string; sha256: string }>))
    await first.close()
    await db.close()
    db = await open()

    const second = await createCatalogServer({ db, dataDir })
    expect(second.startupOrphans).toEqual({ files: [], temps: [] })
    const listed = (await second.app.inject({ url: '/api/v1/assets', headers: brand.auth })).json().assets as { id: string; sha256: string }[]
    expect(listed.map((a) => a.id).sort()).toEqual(uploaded.map((a) => a.id).sort())
    for (const asset of listed) {
      expect(await second.store.digest(asset.sha256)).toBe(asset.sha256)
      const file = await second.app.inject({ url: `/api/v1/assets/${asset.sha256}.glb`, headers: brand.auth })
      expect(sha256(file.rawPayload)).toBe(asset.sha256)
    }
    await second.close()
  }, 120_000)

  it('leaves no asset when the service is killed (SIGKILL) mid-upload; the orphan collector removes its temp file', async () => {
    db ??= await open()
    const brand = await makeBrand(db, 'killed')
    if (driver === 'pglite') await db.close() // the child process owns the PGlite folder now
    const env: Record<string, string> = { DATA_DIR: dataDir, ...(pgUrl ? { DATABASE_URL: pgUrl } : {}) }
    const { child, baseUrl } = await startServeChild(env)
    const assetsDir = join(dataDir, 'assets')
    const half = Math.floor(KHRONOS.byteLength / 2)
    const req = request(`${baseUrl}/api/v1/assets`, { method: 'POST', headers: { ...GLB, ...brand.auth, 'content-length': KHRONOS.byteLength } })
    req.on('error', () => undefined) // the server dies under it
    req.write(Buffer.from(KHRONOS.subarray(0, half)))
    const partial = () => readdirSync(assetsDir).filter((n) => n.endsWith('.part'))
    for (let i = 0; i < 200 && !(partial().length === 1 && statSync(join(assetsDir, partial()[0]!)).size >= half); i++) await new Promise((r) => setTimeout(r, 25))
    expect(partial()).toHaveLength(1)
    const exited = new Promise((r) => child.once('exit', r))
    child.kill('SIGKILL')
    await exited
    req.destroy()

    if (driver === 'pglite') db = await open()
    const restarted = await createCatalogServer({ db, dataDir })
    // Young temp files are left alone at start (an upload may be in flight)...
    expect(restarted.startupOrphans.temps).toEqual([])
    expect((await restarted.app.inject({ url: '/api/v1/assets', headers: brand.auth })).json().assets).toEqual([])
    // ...and collected once old enough (here: at once).
    const collected = await restarted.collectOrphans(0)
    expect(collected.temps).toEqual([expect.stringMatching(/^\.upload-.*\.part$/)])
    expect(partial()).toEqual([])
    await restarted.close()
  }, 120_000)

  it('answers 507 on a full disk and leaves no file or row behind', async () => {
    if (process.getuid?.() !== 0) throw new Error('this test mounts a small tmpfs to fill the disk: run it as root (CI does)')
    db ??= await open()
    const brand = await makeBrand(db, 'full-disk')
    // 64 KB: the upload itself does not fit. 512 KB: it fits, the optimised file does not.
    for (const size of ['64k', '512k']) {
      const mountpoint = await mkdtemp(join(tmpdir(), 'vitrine-full-'))
      execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', mountpoint])
      try {
        await mkdir(join(mountpoint, 'data'))
        const server = await createCatalogServer({ db, dataDir: join(mountpoint, 'data') })
        const res = await server.app.inject({ method: 'POST', url: '/api/v1/assets', headers: { ...GLB, ...brand.auth }, payload: Buffer.from(KHRONOS) })
        expect(res.statusCode).toBe(507)
        expect(res.json().error).toEqual({ code: 'insufficient_storage', message: 'the server has no disk space left to store this asset; nothing was stored, try again later', details: {} })
        expect(readdirSync(join(mountpoint, 'data', 'assets'))).toEqual([])
        expect((await server.app.inject({ url: '/api/v1/assets', headers: brand.auth })).json().assets).toEqual([])
        expect((await server.app.inject({ url: '/api/v1/health' })).statusCode).toBe(200)
        await server.close()
      } finally {
        execFileSync('umount', [mountpoint])
        await rm(mountpoint, { recursive: true, force: true })
      }
    }
    await migrate(db) // the database is unharmed and up to date
  }, 60_000)
})
