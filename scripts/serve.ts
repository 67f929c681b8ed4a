// `npm run serve`: the catalog service (src/server) on PORT (8787), on PGlite under DATA_DIR
// (./data) or on PostgreSQL when DATABASE_URL is set. See docs/server/catalog-service.md.
import { createCatalogServer } from '../src/server/createCatalogServer'
import { openDb } from '../src/server/db/openDb'
import { readServerEnv } from '../src/server/readServerEnv'

const env = readServerEnv(process.env, process.argv.slice(2))
const db = await openDb(env)
const server = await createCatalogServer({ db, dataDir: env.dataDir, limits: env.limits, seed: env.seed, logger: { level: env.logLevel } })
const address = await server.app.listen({ port: env.port, host: env.host })
const removed = server.startupOrphans.files.length + server.startupOrphans.temps.length
console.log(`vitrine catalog service listening on ${address} (${db.driver === 'pglite' ? `PGlite in ${env.dataDir}` : 'PostgreSQL'}; files in ${env.dataDir}/assets${removed ? `; ${removed} orphan file(s) removed` : ''})`)

let stopping = false
async function stop(signal: string) {
  if (stopping) return
  stopping = true
  console.log(`vitrine catalog service: ${signal}, closing`)
  await server.close()
  await db.close()
  process.exit(0)
}
process.on('SIGINT', () => void stop('SIGINT'))
process.on('SIGTERM', () => void stop('SIGTERM'))
