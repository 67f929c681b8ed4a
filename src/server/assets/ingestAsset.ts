import { createHash, randomUUID } from 'node:crypto'
import type { Readable } from 'node:stream'
import type { ProductCategory } from '../../core/catalog/types'
import type { Db } from '../db/Db'
import { ApiError } from '../http/ApiError'
import type { Semaphore } from '../pipeline/Semaphore'
import { processAsset } from '../pipeline/processAsset'
import { assetRepo } from '../repo/assetRepo'
import type { AssetRecord, Brand } from '../repo/types'
import { BodyAbortedError, BodyTooLargeError, type AssetStore } from '../storage/AssetStore'

/** What an upload needs. */
export interface IngestContext {
  db: Db
  store: AssetStore
  pipeline: Semaphore
  limitBytes: number
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')

export const tooLarge = (limitBytes: number) =>
  new ApiError(413, 'payload_too_large', `the GLB is larger than the upload limit of ${limitBytes} bytes (${(limitBytes / 1_000_000).toFixed(1)} MB)`, { limitBytes })

/**
 * One upload, start to finish: receive the body to a temp file (size-limited), run the pipeline,
 * write the stored file atomically and only then insert the row that points at it, both under the
 * file's sha256 lock. The same bytes uploaded again by the same brand for the same category give
 * the existing asset (`created: false`). A refused asset leaves no row and no file.
 */
export async function ingestAsset(ctx: IngestContext, brand: Brand, body: Readable, category: ProductCategory): Promise<{ record: AssetRecord; created: boolean }> {
  try {
    return await ctx.store.receive(body, ctx.limitBytes, (read) => ctx.pipeline.run(async () => {
      const original = await read()
      const originalSha = sha256(original)
      const existing = await assetRepo.byOriginal(ctx.db, brand.id, originalSha, category)
      if (existing) return { record: existing, created: false }
      const processed = await processAsset(original, category)
      if (!processed.ok) {
        throw new ApiError(422, processed.rejection.code, processed.rejection.message, { issues: processed.report.issues, report: processed.report })
      }
      const stored = sha256(processed.bytes)
      return ctx.store.locks.run(stored, async () => {
        await ctx.store.put(stored, processed.bytes)
        try {
          const record = await assetRepo.insert(ctx.db, {
            id: randomUUID(), brandId: brand.id, sha256: stored, originalSha256: originalSha, category,
            originalBytes: original.byteLength, storedBytes: processed.bytes.byteLength, report: processed.report,
          })
          return { record, created: true }
        } catch (error) {
          if (!(await assetRepo.shaInUse(ctx.db, stored))) await ctx.store.remove(stored)
          // Two identical uploads raced: the other one's row stands.
          const raced = (error as { code?: string }).code === '23505' ? await assetRepo.byOriginal(ctx.db, brand.id, originalSha, category) : undefined
          if (raced) return { record: raced, created: false }
          throw error
        }
      })
    }))
  } catch (error) {
    if (error instanceof BodyTooLargeError) throw tooLarge(error.limitBytes)
    if (error instanceof BodyAbortedError) throw new ApiError(400, 'upload_aborted', error.message)
    throw error
  }
}
