/**
 * A throwaway PostgreSQL cluster for tests: initdb in a temp folder, the server on 127.0.0.1 on a
 * free port with its unix socket in the same folder, stopped and deleted by `stop()`. Needs the
 * Debian `postgresql` package (server binaries under /usr/lib/postgresql/<version>/bin) or PG_BIN.
 * When the binaries are missing it throws, so a Postgres suite fails instead of being skipped.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'

/** How long the server may take to accept connections, milliseconds. */
const START_TIMEOUT_MS = 30_000

export interface PostgresCluster {
  /** Connection URL of a database of this cluster. */
  url(database?: string): string
  /** A new empty database; returns its URL. */
  createDatabase(): Promise<string>
  stop(): Promise<void>
}

/** The folder holding initdb and postgres, or an error that says what to install. */
export function findPostgresBin(): string {
  const candidates = process.env.PG_BIN ? [process.env.PG_BIN] : existsSync('/usr/lib/postgresql')
    ? readdirSync('/usr/lib/postgresql').sort((a, b) => Number(b) - Number(a)).map((v) => `/usr/lib/postgresql/${v}/bin`)
    : []
  const found = candidates.find((dir) => existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'postgres')))
  if (!found) {
    throw new Error('PostgreSQL server binaries not found (no /usr/lib/postgresql/*/bin/initdb, PG_BIN unset): install them with `apt-get install -y postgresql` (Debian); the Postgres test suites need a real server')
  }
  return found
}

// initdb and postgres refuse to run as root: as root, run them as the `postgres` user (or nobody).
function runAs(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined
  const passwd = readFileSync('/etc/passwd', 'utf8').split('\n').map((l) => l.split(':'))
  const user = passwd.find((f) => f[0] === 'postgres') ?? passwd.find((f) => f[0] === 'nobody')
  if (!user) throw new Error('running as root and no "postgres" or "nobody" user to run PostgreSQL as')
  return { uid: Number(user[2]), gid: Number(user[3]) }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
    server.on('error', reject)
  })
}

async function waitReady(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS
  for (;;) {
    if (child.exitCode !== null) throw new Error(`postgres exited with code ${child.exitCode}:\n${log()}`)
    const client = new pg.Client({ connectionString: url })
    try {
      await client.connect()
      await client.end()
      return
    } catch (error) {
      await client.end().catch(() => undefined)
      if (Date.now() > deadline) throw new Error(`postgres did not accept connections within ${START_TIMEOUT_MS} ms (${String(error)}):\n${log()}`)
      await new Promise((r) => setTimeout(r, 100))
    }
  }
}

/** Starts a fresh cluster. Call `stop()` in afterAll. */
export async function startPostgres(): Promise<PostgresCluster> {
  const bin = findPostgresBin()
  const user = runAs()
  const root = mkdtempSync(join(tmpdir(), 'vitrine-pg-'))
  if (user) chownSync(root, user.uid, user.gid)
  const data = join(root, 'data')
  const init = spawnSync(join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync'], { encoding: 'utf8', ...user })
  if (init.status !== 0) {
    rmSync(root, { recursive: true, force: true })
    throw new Error(`initdb failed (${init.status}): ${init.stderr || init.error?.message}`)
  }
  const port = await freePort()
  let output = ''
  // fsync off: these clusters hold test data only and are deleted afterwards.
  const child = spawn(join(bin, 'postgres'), ['-D', data, '-p', String(port), '-k', root, '-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'], { stdio: ['ignore', 'pipe', 'pipe'], ...user })
  child.stdout!.on('data', (d: Buffer) => { output += d.toString() })
  child.stderr!.on('data', (d: Buffer) => { output += d.toString() })
  const kill = () => child.kill('SIGKILL')
  process.once('exit', kill)
  const url = (database = 'postgres') => `postgres://postgres@127.0.0.1:${port}/${database}`
  try {
    await waitReady(url(), child, () => output)
  } catch (error) {
    kill()
    rmSync(root, { recursive: true, force: true })
    throw error
  }
  let databases = 0
  return {
    url,
    async createDatabase() {
      const name = `test_${++databases}`
      const client = new pg.Client({ connectionString: url() })
      await client.connect()
      try {
        await client.query(`CREATE DATABASE ${name}`)
      } finally {
        await client.end()
      }
      return url(name)
    },
    async stop() {
      process.removeListener('exit', kill)
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve))
        child.kill('SIGINT') // fast shutdown
        await exited
      }
      rmSync(root, { recursive: true, force: true })
    },
  }
}
