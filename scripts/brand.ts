// `npm run brand -- create|rotate|revoke <slug>`: manage brands and their API tokens, on the same
// database as `npm run serve` (DATA_DIR / DATABASE_URL). PGlite allows one process per data
// folder: stop the service first, or use PostgreSQL.
import { parseBrandArgs, runBrandCommand } from '../src/server/cli/runBrandCommand'
import { openDb } from '../src/server/db/openDb'
import { readServerEnv } from '../src/server/readServerEnv'

const args = process.argv.slice(2)
const parsed = parseBrandArgs(args)
if (!parsed.ok) {
  // A bad command line is answered before any database is opened.
  for (const line of parsed.errors) console.error(line)
  process.exit(parsed.code)
}
const env = readServerEnv(process.env)
const db = await openDb(env)
let code = 1
try {
  code = await runBrandCommand(args, db, (line) => console.log(line), (line) => console.error(line))
} finally {
  await db.close()
}
process.exit(code)
