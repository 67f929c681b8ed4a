import type { Queryable } from '../db/Db'
import type { AssetStore } from './AssetStore'

/** Temp files older than this are left by a crash or a killed upload, not by one in progress. */
export const ORPHAN_TEMP_MAX_AGE_MS = 10 * 60_000

/** What one collection removed. */
export interface OrphanReport {
  /** sha256 of stored files no asset row pointed at. */
  files: string[]
  /** Names of temp files older than the age limit. */
  temps: string[]
}

/**
 * Removes what no row points at: stored files without an asset row (a crash between the rename
 * and the insert, or a delete cut short) and temp files older than `tempMaxAgeMs` (a crash while
 * receiving or writing). Each file is re-checked under its sha256 lock, so an upload in progress
 * (file written, row about to be inserted) is never touched.
 */
export async function collectOrphans(db: Queryable, store: AssetStore, tempMaxAgeMs = ORPHAN_TEMP_MAX_AGE_MS, nowMs = Date.now()): Promise<OrphanReport> {
  const report: OrphanReport = { files: [], temps: [] }
  const entries = await store.list()
  const known = new Set((await db.query<{ sha256: string }>('SELECT DISTINCT sha256 FROM assets')).map((r) => r.sha256))
  for (const entry of entries) {
    if (entry.temp) {
      if (nowMs - entry.mtimeMs >= tempMaxAgeMs) {
        await store.removeTemp(entry.name)
        report.temps.push(entry.name)
      }
      continue
    }
    const sha = entry.sha256!
    if (known.has(sha)) continue
    await store.locks.run(sha, async () => {
      const rows = await db.query('SELECT 1 FROM assets WHERE sha256 = $1 LIMIT 1', [sha])
      if (rows.length > 0) return
      await store.remove(sha)
      report.files.push(sha)
    })
  }
  return report
}
