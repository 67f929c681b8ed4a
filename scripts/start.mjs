#!/usr/bin/env node
// `npm start`: the whole kit with one command. Puts the face model in place (setup-model.mjs),
// then runs the catalog service (scripts/serve.ts: embedded PGlite under DATA_DIR, default ./data,
// demo catalog seeded on the first start) and the app's dev server (Vite, which proxies /api to
// the service, see vite.config.ts) side by side. Ctrl-C (or SIGTERM) stops both; the service
// closes its database first. If either stops on its own, the other is stopped too.
// Extra arguments go to Vite: `npm start -- --host` serves the app on the local network.
import { spawn, spawnSync } from 'node:child_process'
import { createServer } from 'node:net'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
/** The catalog service's port; Vite's proxy reads the same variable. */
const API_PORT = Number(process.env.VITRINE_API_PORT ?? 8787)
/** How long the service and Vite get to close after a stop signal before they are killed, ms. */
const STOP_GRACE_MS = 10_000
/** How often the launcher checks that npm, which started it, still runs, ms. */
const PARENT_CHECK_MS = 1000

/** Resolves false when something already listens on the port (a service left running, another app). */
function portIsFree(port) {
  return new Promise((done) => {
    const probe = createServer()
    probe.once('error', () => done(false))
    probe.listen(port, '127.0.0.1', () => probe.close(() => done(true)))
  })
}

const setup = spawnSync(process.execPath, [join(root, 'scripts', 'setup-model.mjs')], { cwd: root, stdio: 'inherit' })
if (setup.status !== 0) process.exit(setup.status ?? 1)

if (!Number.isInteger(API_PORT) || API_PORT <= 0 || !(await portIsFree(API_PORT))) {
  console.error(`vitrine: port ${process.env.VITRINE_API_PORT ?? 8787} is not free for the catalog service (is one already running, e.g. \`npm run serve\`?).`)
  console.error('Stop it, or pick another port: VITRINE_API_PORT=8788 npm start')
  process.exit(1)
}

const children = new Map()
let stopping = false
let exitCode = 0

function stopAll(signal) {
  if (stopping) return
  stopping = true
  for (const child of children.values()) child.kill(signal)
  setTimeout(() => {
    for (const child of children.values()) child.kill('SIGKILL')
  }, STOP_GRACE_MS).unref()
}

function run(name, args, env) {
  const child = spawn(process.execPath, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } })
  children.set(name, child)
  child.on('exit', (code, signal) => {
    children.delete(name)
    // Ctrl-C reaches every process of the terminal, maybe before this one: a stop, not a failure.
    if (!stopping && signal !== 'SIGINT') {
      console.error(`\nvitrine: the ${name} stopped (${signal ?? `exit code ${code}`}); stopping the rest.`)
      exitCode = code || 1
    }
    stopAll('SIGTERM')
    if (children.size === 0) process.exit(exitCode)
  })
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => stopAll(signal === 'SIGHUP' ? 'SIGTERM' : signal))
// npm runs this through a shell that does not pass signals on: when that parent goes (npm was
// stopped), this process is re-parented, and stops the service and Vite rather than orphan them.
const parent = process.ppid
setInterval(() => process.ppid !== parent && stopAll('SIGTERM'), PARENT_CHECK_MS).unref()

console.log(`vitrine: starting the catalog service on http://127.0.0.1:${API_PORT} (${process.env.DATABASE_URL ? 'PostgreSQL' : `PGlite in ${process.env.DATA_DIR ?? './data'}`}; the first start seeds the demo catalog, about a minute) and the app.`)
console.log('vitrine: shopper app at the address Vite prints below; brand studio at /studio/ (a brand token: stop this, run `npm run brand -- create <slug>`, start again). Ctrl-C stops both.\n')
// Request logs stay quiet unless asked for (LOG_LEVEL=info): the app's own output is what matters here.
run('catalog service', ['--import', 'tsx', join(root, 'scripts', 'serve.ts')], { PORT: String(API_PORT), LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' })
run('app (Vite)', [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), ...process.argv.slice(2)], { VITRINE_API_PORT: String(API_PORT) })
