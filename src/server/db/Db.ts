/** Something that runs one SQL statement with `$1`-style parameters and returns its rows. */
export interface Queryable {
  query<Row = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<Row[]>
}

/**
 * The small database interface every query of the service goes through, so the same SQL runs on
 * the embedded PGlite and on PostgreSQL. Values cross as plain JS: strings, numbers (integer
 * columns), booleans, `Date` for timestamptz, parsed objects for jsonb (pass jsonb parameters as
 * JSON text with a `::jsonb` cast).
 */
export interface Db extends Queryable {
  /** `'pglite'` or `'postgres'`. */
  readonly driver: 'pglite' | 'postgres'
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>
  /** Runs a script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>
  close(): Promise<void>
}
