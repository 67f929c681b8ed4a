import type { Db } from '../db/Db'
import type { Semaphore } from '../pipeline/Semaphore'
import type { AssetStore } from '../storage/AssetStore'

/** Limits of one service instance; defaults in `DEFAULT_LIMITS`. */
export interface CatalogLimits {
  /** Largest GLB upload, bytes. Default 25 MB. */
  assetBodyBytes: number
  /** Largest JSON body, bytes. Default 256 KB. */
  jsonBodyBytes: number
  /** Requests per token (or per IP without a token) per window. Default 300. */
  rateLimitMax: number
  /** Rate-limit window, milliseconds. Default 60 000. */
  rateLimitWindowMs: number
  /** Uploads processed at once (validation + optimisation); others wait their turn. Default 2. */
  pipelineConcurrency: number
}

export const DEFAULT_LIMITS: CatalogLimits = {
  assetBodyBytes: 25_000_000,
  jsonBodyBytes: 256_000,
  rateLimitMax: 300,
  rateLimitWindowMs: 60_000,
  pipelineConcurrency: 2,
}

/** What route handlers share. */
export interface ServerContext {
  db: Db
  store: AssetStore
  limits: CatalogLimits
  pipeline: Semaphore
}
