import { join } from 'node:path'
import rateLimit from '@fastify/rate-limit'
import swagger from '@fastify/swagger'
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify'
import { bearerToken } from './auth/authenticate'
import { hashBrandToken } from './auth/brandToken'
import type { Db } from './db/Db'
import { migrate } from './db/migrate'
import { ApiError } from './http/ApiError'
import { errorHandler } from './http/errorHandler'
import { addSecurityHeaders } from './http/securityHeaders'
import { DEFAULT_LIMITS, type CatalogLimits, type ServerContext } from './http/ServerContext'
import { Semaphore } from './pipeline/Semaphore'
import { assetFileRoute } from './routes/assetFileRoute'
import { assetRoutes } from './routes/assetRoutes'
import { catalogRoutes } from './routes/catalogRoutes'
import { productRoutes } from './routes/productRoutes'
import { thumbnailRoutes } from './routes/thumbnailRoutes'
import { ThumbnailStore } from './storage/ThumbnailStore'
import { productRepo } from './repo/productRepo'
import { seedDemoCatalog, type SeedMode } from './seed/seedDemoCatalog'
import { AssetStore } from './storage/AssetStore'
import { collectOrphans, ORPHAN_TEMP_MAX_AGE_MS, type OrphanReport } from './storage/collectOrphans'

/** Options of {@link createCatalogServer}. */
export interface CatalogServerOptions {
  /** The database (PGlite or PostgreSQL); the caller owns it and closes it after the server. */
  db: Db
  /** Folder for stored files (`<dataDir>/assets`). */
  dataDir: string
  /** Overrides of {@link DEFAULT_LIMITS}. */
  limits?: Partial<CatalogLimits>
  /** Demo catalog seeding: `'if-empty'` (no product yet), `'always'` (adds what is missing) or `'never'` (default). */
  seed?: SeedMode
  /** Age past which the start-up orphan collection removes temp files. Default 10 minutes. */
  orphanTempMaxAgeMs?: number
  /** Fastify logger option. Default off. */
  logger?: FastifyServerOptions['logger']
}

/** A ready service: the Fastify app (not listening yet) and its maintenance handles. */
export interface CatalogServer {
  app: FastifyInstance
  store: AssetStore
  /** Removes stored files without rows and temp files older than `tempMaxAgeMs` (default 10 minutes). */
  collectOrphans(tempMaxAgeMs?: number): Promise<OrphanReport>
  /** What the start-up collection removed. */
  startupOrphans: OrphanReport
  /** Closes the app (not the database). */
  close(): Promise<void>
}

/**
 * Builds the catalog service: runs the migrations, collects orphans left by a crash, seeds the
 * demo catalog if asked, and registers every route with JSON-schema validation, the OpenAPI
 * document, rate limiting per token, body limits and security headers.
 */
export async function createCatalogServer(options: CatalogServerOptions): Promise<CatalogServer> {
  const limits: CatalogLimits = { ...DEFAULT_LIMITS, ...options.limits }
  const { db } = options
  await migrate(db)
  const store = await AssetStore.open(join(options.dataDir, 'assets'))
  const startupOrphans = await collectOrphans(db, store, options.orphanTempMaxAgeMs ?? ORPHAN_TEMP_MAX_AGE_MS)
  const thumbnails = await ThumbnailStore.open(join(options.dataDir, 'thumbnails'))
  await thumbnails.collectOrphans(await productRepo.thumbnailsInUse(db), options.orphanTempMaxAgeMs ?? ORPHAN_TEMP_MAX_AGE_MS)
  const ctx: ServerContext = { db, store, limits, pipeline: new Semaphore(limits.pipelineConcurrency) }
  if (options.seed && options.seed !== 'never') await seedDemoCatalog(ctx, options.seed)

  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: limits.jsonBodyBytes,
    ajv: { customOptions: { coerceTypes: false, removeAdditional: false, allErrors: true } },
  })
  app.setErrorHandler(errorHandler(limits.jsonBodyBytes))
  app.setNotFoundHandler((request, reply) => {
    reply.status(404).send({ error: { code: 'not_found', message: `no route ${request.method} ${request.url.split('?')[0]}`, details: {} } })
  })
  addSecurityHeaders(app)
  await app.register(rateLimit, {
    max: limits.rateLimitMax,
    timeWindow: limits.rateLimitWindowMs,
    // Per token when there is one (a brand's studio and scripts share one budget), else per IP.
    keyGenerator: (request) => { const t = bearerToken(request); return t ? `token:${hashBrandToken(t)}` : `ip:${request.ip}` },
    errorResponseBuilder: (_request, context) =>
      new ApiError(429, 'rate_limited', `too many requests: at most ${context.max} per ${Math.round(limits.rateLimitWindowMs / 1000)} s; retry in ${context.after}`, { limit: context.max, retryAfter: context.after }),
  })
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Vitrine catalog service', version: '1.0.0', description: 'Brands upload, check and publish AR products; shoppers read the published catalog.' },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'Brand token (vtr_...) from `npm run brand -- create <slug>`' } } },
    },
  })
  assetFileRoute(app, ctx)
  assetRoutes(app, ctx)
  productRoutes(app, ctx)
  thumbnailRoutes(app, ctx, thumbnails)
  catalogRoutes(app, ctx)
  await app.ready()

  return {
    app, store, startupOrphans,
    collectOrphans: (tempMaxAgeMs = ORPHAN_TEMP_MAX_AGE_MS) => collectOrphans(db, store, tempMaxAgeMs),
    close: () => app.close(),
  }
}
