// The catalog service for the end-to-end tests, started by playwright.config.ts as a webServer:
//   node --import tsx test/e2e/support/catalogService.ts
// A fresh temp DATA_DIR (PGlite) holding the demo catalog as the service seeds it (as `npm start`
// has it); a brand created with the real CLI (scripts/brand.ts) before the service opens the
// folder (PGlite allows one process per folder); then the real service (scripts/serve.ts). The
// brand's token is written for the specs (readE2eCatalog). SIGTERM/SIGINT stop the service and
// remove the folder.
//
// Seeding runs the whole asset pipeline on every demo GLB (about a minute on two busy cores), so a
// seeded folder is kept under test/.cache/e2e-catalog/seeded/<key> and copied for each run; the key
// hashes everything the seed depends on (demo catalog and GLBs, src/server, src/core/catalog,
// package-lock.json), so any change there seeds afresh.
import { spawn, spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..')

/** The brand the studio spec signs in as. */
export const E2E_BRAND = { slug: 'studio-e2e', name: 'Studio E2E' }

/** What a running e2e catalog service tells the specs. */
export interface E2eCatalog {
  port: number
  dataDir: string
  brand: string
  token: string
}

/** The e2e service's port: VITRINE_E2E_API_PORT, else the app's e2e port (VITRINE_E2E_PORT, 4317) + 1. */
export function e2eApiPort(env: NodeJS.ProcessEnv = process.env): number {
  return Number(env.VITRINE_E2E_API_PORT ?? Number(env.VITRINE_E2E_PORT ?? 4317) + 1)
}

const infoFile = (port: number) => join(root, 'test', '.cache', 'e2e-catalog', `${port}.json`)

/** The token and folder of the e2e service on `port` (written when it started). */
export function readE2eCatalog(port = e2eApiPort()): E2eCatalog {
  try {
    return JSON.parse(readFileSync(infoFile(port), 'utf8')) as E2eCatalog
  } catch (error) {
    throw new Error(`no e2e catalog service on port ${port} (${infoFile(port)} unreadable: ${(error as Error).message}); playwright.config.ts starts it`)
  }
}

/** Runs a TypeScript script of the repo with Node + tsx (one process: signals reach it directly). */
const tsArgs = (script: string) => ['--import', 'tsx', join(root, script)]

const SEEDED_ROOT = join(root, 'test', '.cache', 'e2e-catalog', 'seeded')
/** Age past which another code version's seed is removed, ms (a run copies its seed in seconds). */
const STALE_SEED_MS = 3_600_000
const SEED_INPUTS = ['assets/catalog', 'assets/glasses', 'src/server', 'src/core/catalog', 'package-lock.json']

function filesUnder(path: string): string[] {
  if (!existsSync(path)) return []
  if (statSync(path).isFile()) return [path]
  return readdirSync(path, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name))
}

/** A hash of every file the seeded database depends on. */
function seedKey(): string {
  const hash = createHash('sha256')
  for (const file of SEED_INPUTS.flatMap((p) => filesUnder(join(root, p))).sort()) hash.update(file.slice(root.length)).update(readFileSync(file))
  return hash.digest('hex').slice(0, 16)
}

/** Starts the service on a folder until it listens (seeding first), then stops it cleanly. */
async function seedInto(dataDir: string): Promise<void> {
  const service = spawn(process.execPath, tsArgs('scripts/serve.ts'), {
    cwd: root, env: { ...process.env, DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', SEED: 'if-empty', LOG_LEVEL: 'warn' }, stdio: ['ignore', 'pipe', 'inherit'],
  })
  await new Promise<void>((resolveSeeded, reject) => {
    let out = ''
    service.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      if (out.includes('listening on')) resolveSeeded()
    })
    service.on('exit', (code) => reject(new Error(`seeding the e2e catalog failed (exit ${code}): ${out}`)))
  })
  const exited = new Promise((done) => service.on('exit', done))
  service.kill('SIGTERM')
  await exited
}

/** Seeds of older code, once no run can still be copying them. */
function pruneOldSeeds(keep: string): void {
  for (const name of readdirSync(SEEDED_ROOT)) {
    const path = join(SEEDED_ROOT, name)
    if (name !== keep && Date.now() - statSync(path).mtimeMs > STALE_SEED_MS) rmSync(path, { recursive: true, force: true })
  }
}

/** A folder holding the seeded demo catalog: a copy of the cached one, made first if needed. */
async function seededDataDir(): Promise<string> {
  const key = seedKey()
  const template = join(SEEDED_ROOT, key)
  if (!existsSync(template)) {
    console.log(`e2e catalog service: seeding the demo catalog once for this code (${key})`)
    const fresh = mkdtempSync(join(tmpdir(), 'vitrine-e2e-seed-'))
    await seedInto(fresh)
    mkdirSync(SEEDED_ROOT, { recursive: true })
    // Copied whole under a name of its own, then renamed: a run stopped midway leaves no half
    // template, and when another run made it first (the rename fails), theirs stands.
    const partial = `${template}.${process.pid}.partial`
    cpSync(fresh, partial, { recursive: true })
    try {
      renameSync(partial, template)
    } catch {
      rmSync(partial, { recursive: true, force: true })
    }
    rmSync(fresh, { recursive: true, force: true })
    pruneOldSeeds(key)
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'vitrine-e2e-catalog-'))
  cpSync(template, dataDir, { recursive: true })
  return dataDir
}

function createBrand(dataDir: string): string {
  const cli = spawnSync(process.execPath, [...tsArgs('scripts/brand.ts'), 'create', E2E_BRAND.slug, '--name', E2E_BRAND.name], {
    cwd: root, env: { ...process.env, DATA_DIR: dataDir }, encoding: 'utf8',
  })
  const token = cli.stdout.trim().split('\n').at(-1) ?? ''
  if (cli.status !== 0 || !token.startsWith('vtr_')) {
    throw new Error(`npm run brand -- create ${E2E_BRAND.slug} failed (exit ${cli.status}): ${cli.stderr || cli.stdout}`)
  }
  return token
}

async function main(): Promise<void> {
  const port = e2eApiPort()
  const dataDir = await seededDataDir()
  const token = createBrand(dataDir)
  mkdirSync(dirname(infoFile(port)), { recursive: true })
  writeFileSync(infoFile(port), JSON.stringify({ port, dataDir, brand: E2E_BRAND.slug, token } satisfies E2eCatalog))
  console.log(`e2e catalog service: brand ${E2E_BRAND.slug} created in ${dataDir}; starting on port ${port}`)

  const service = spawn(process.execPath, tsArgs('scripts/serve.ts'), {
    cwd: root,
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', SEED: 'if-empty', LOG_LEVEL: 'warn' },
    stdio: 'inherit',
  })
  const cleanUp = () => {
    rmSync(dataDir, { recursive: true, force: true })
    rmSync(infoFile(port), { force: true })
  }
  service.on('exit', (code, signal) => {
    cleanUp()
    process.exit(code ?? (signal ? 0 : 1))
  })
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    // The service closes its database and exits; the folder goes once it has.
    process.on(signal, () => service.kill(signal))
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) await main()
