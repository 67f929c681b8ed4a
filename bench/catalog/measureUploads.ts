import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { hashBrandToken, newBrandToken } from '../../src/server/auth/brandToken'
import { createCatalogServer } from '../../src/server/createCatalogServer'
import { createPgliteDb } from '../../src/server/db/createPgliteDb'
import { brandRepo } from '../../src/server/repo/brandRepo'
import { median, percentile } from '../tryon/stats'
import { uniqueGlbs } from './uniqueGlbs'

/** Upload figures over real HTTP on PGlite. */
export interface UploadFigures {
  driver: 'pglite'
  clients: number
  uploads: number
  assetBytes: number
  p50Ms: number
  p95Ms: number
  uploadsPerSecond: number
  /** Baseline in the same run: one client, one upload at a time. */
  sequentialUploadsPerSecond: number
  speedupVsSequential: number
}

/**
 * Starts the service (PGlite in memory, temp data folder, listening on 127.0.0.1), uploads
 * `sequential` distinct files one after another (baseline), then `clients` clients each upload
 * `rounds` distinct files back to back over HTTP. Latency is per upload, first byte sent to
 * response read.
 */
export async function measureUploads(source: Uint8Array, clients: number, rounds: number, sequential: number): Promise<UploadFigures> {
  const dataDir = await mkdtemp(join(tmpdir(), 'vitrine-bench-'))
  const db = await createPgliteDb()
  try {
    const server = await createCatalogServer({ db, dataDir, limits: { rateLimitMax: 1_000_000 } })
    const token = newBrandToken()
    await brandRepo.create(db, 'bench', 'Bench', hashBrandToken(token))
    const base = await server.app.listen({ port: 0, host: '127.0.0.1' })
    const files = uniqueGlbs(source, 1 + sequential + clients * rounds)
    const upload = async (bytes: Uint8Array) => {
      const start = performance.now()
      const res = await fetch(`${base}/api/v1/assets`, { method: 'POST', headers: { 'content-type': 'model/gltf-binary', authorization: `Bearer ${token}` }, body: bytes as Uint8Array<ArrayBuffer> })
      await res.arrayBuffer()
      if (res.status !== 201) throw new Error(`upload answered ${res.status}`)
      return performance.now() - start
    }
    await upload(files[0]!) // warm-up
    const seqStart = performance.now()
    for (let i = 0; i < sequential; i++) await upload(files[1 + i]!)
    const sequentialUploadsPerSecond = sequential / ((performance.now() - seqStart) / 1000)
    const latencies: number[] = []
    const start = performance.now()
    await Promise.all(Array.from({ length: clients }, async (_, c) => {
      for (let r = 0; r < rounds; r++) latencies.push(await upload(files[1 + sequential + c * rounds + r]!))
    }))
    const uploadsPerSecond = latencies.length / ((performance.now() - start) / 1000)
    await server.close()
    const round = (v: number | null) => Math.round((v ?? NaN) * 10) / 10
    return {
      driver: 'pglite', clients, uploads: latencies.length, assetBytes: source.byteLength,
      p50Ms: round(median(latencies)), p95Ms: round(percentile(latencies, 95)),
      uploadsPerSecond: round(uploadsPerSecond), sequentialUploadsPerSecond: round(sequentialUploadsPerSecond),
      speedupVsSequential: Math.round((uploadsPerSecond / sequentialUploadsPerSecond) * 100) / 100,
    }
  } finally {
    await db.close()
    await rm(dataDir, { recursive: true, force: true })
  }
}
