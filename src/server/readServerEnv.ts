import type { CatalogLimits } from './http/ServerContext'
import type { SeedMode } from './seed/seedDemoCatalog'

/** Settings of `npm run serve`, from the environment (see docs/server/catalog-service.md). */
export interface ServerEnv {
  port: number
  host: string
  dataDir: string
  databaseUrl: string | undefined
  seed: SeedMode
  limits: Partial<CatalogLimits>
  logLevel: string
}

const SEED_MODES: readonly SeedMode[] = ['if-empty', 'always', 'never']

function integer(env: NodeJS.ProcessEnv, name: string, min: number): number | undefined {
  const raw = env[name]
  if (raw === undefined || raw === '') return undefined
  const value = Number(raw)
  if (!Number.isInteger(value) || value < min) throw new Error(`[vitrine/server] ${name} must be an integer >= ${min}, got "${raw}"`)
  return value
}

/**
 * Reads PORT (default 8787), HOST (127.0.0.1), DATA_DIR (./data), DATABASE_URL (PostgreSQL; PGlite
 * when unset), SEED (if-empty | always | never; `--seed`/`--no-seed` on the command line win),
 * MAX_UPLOAD_BYTES, MAX_JSON_BYTES, RATE_LIMIT_MAX, RATE_LIMIT_WINDOW_MS, PIPELINE_CONCURRENCY
 * and LOG_LEVEL. A bad value throws with the variable's name.
 */
export function readServerEnv(env: NodeJS.ProcessEnv, argv: readonly string[] = []): ServerEnv {
  const seedRaw = argv.includes('--seed') ? 'always' : argv.includes('--no-seed') ? 'never' : env.SEED || 'if-empty'
  if (!SEED_MODES.includes(seedRaw as SeedMode)) throw new Error(`[vitrine/server] SEED must be one of ${SEED_MODES.join(', ')}, got "${seedRaw}"`)
  const limits: Partial<CatalogLimits> = {}
  const set = (key: keyof CatalogLimits, value: number | undefined) => { if (value !== undefined) limits[key] = value }
  set('assetBodyBytes', integer(env, 'MAX_UPLOAD_BYTES', 1))
  set('jsonBodyBytes', integer(env, 'MAX_JSON_BYTES', 1))
  set('rateLimitMax', integer(env, 'RATE_LIMIT_MAX', 1))
  set('rateLimitWindowMs', integer(env, 'RATE_LIMIT_WINDOW_MS', 1))
  set('pipelineConcurrency', integer(env, 'PIPELINE_CONCURRENCY', 1))
  return {
    port: integer(env, 'PORT', 0) ?? 8787,
    host: env.HOST || '127.0.0.1',
    dataDir: env.DATA_DIR || './data',
    databaseUrl: env.DATABASE_URL || undefined,
    seed: seedRaw as SeedMode,
    limits,
    logLevel: env.LOG_LEVEL || 'info',
  }
}
