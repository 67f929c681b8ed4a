import type { Db } from './Db'
import { MIGRATIONS, type Migration } from './migrations'

// Arbitrary constant key for pg_advisory_xact_lock: two services starting on one database take
// turns instead of racing to create the same tables.
const MIGRATION_LOCK_KEY = 7_346_001

/**
 * Brings the schema up to date: each migration not yet recorded in `schema_migrations` runs in its
 * own transaction together with its record, so a failure leaves the previous version intact and a
 * second run changes nothing. Returns the versions applied now.
 */
export async function migrate(db: Db, migrations: readonly Migration[] = MIGRATIONS): Promise<number[]> {
  await db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY])
    await tx.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY,
      name text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`)
  })
  const applied: number[] = []
  for (const migration of migrations) {
    const ran = await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY])
      const done = await tx.query('SELECT 1 FROM schema_migrations WHERE version = $1', [migration.version])
      if (done.length > 0) return false
      for (const statement of migration.statements) await tx.query(statement)
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name])
      return true
    })
    if (ran) applied.push(migration.version)
  }
  return applied
}
