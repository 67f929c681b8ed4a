/**
 * `npm run bench`: every benchmark of the kit, one after the other: try-on (browser, camera,
 * model, renderer), signals (parsing, HRV, dwell, expression, mood), catalog (asset pipeline,
 * uploads) and kiosk (heap over sessions, start-up). Each section is its own script, runnable
 * alone; here their figures are printed as tables, or, with --json, merged into ONE JSON object
 * (keys at the top level; `sections` lists what ran). A benchmark reports: it exits 0 whether
 * targets pass or miss, and non-zero only when a section could not run.
 *
 *   npm run --silent bench -- [--json] [--only tryon,signals,catalog,kiosk] [try-on options]
 *
 * Try-on options (--video, --moving, --record, --renderer, --seconds, --warmup, --raw-frames) go
 * to the try-on section; see `npx tsx bench/tryon.bench.ts --help`.
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'

const ROOT = resolve(import.meta.dirname, '..')
const SECTIONS = [
  { name: 'tryon', script: 'bench/tryon.bench.ts', takesTryOnArgs: true },
  { name: 'signals', script: 'bench/signals.bench.ts', takesTryOnArgs: false },
  { name: 'catalog', script: 'bench/catalog.bench.ts', takesTryOnArgs: false },
  { name: 'kiosk', script: 'bench/kiosk.bench.ts', takesTryOnArgs: false },
] as const

const argv = process.argv.slice(2)
const json = argv.includes('--json')
const onlyIndex = argv.indexOf('--only')
const only = onlyIndex >= 0 ? new Set((argv[onlyIndex + 1] ?? '').split(',').filter(Boolean)) : undefined
if (only) {
  for (const name of only) {
    if (!SECTIONS.some((s) => s.name === name)) {
      console.error(`vitrine: --only takes ${SECTIONS.map((s) => s.name).join(', ')}; not '${name}'`)
      process.exit(2)
    }
  }
}
const tryOnArgs = argv.filter((a, i) => a !== '--json' && a !== '--only' && i !== onlyIndex + 1)

const merged: Record<string, unknown> = { sections: [] as string[] }
let failed = false
for (const section of SECTIONS) {
  if (only && !only.has(section.name)) continue
  if (!existsSync(join(ROOT, section.script))) {
    console.error(`bench: ${section.name}: ${section.script} is missing, skipped`)
    continue
  }
  const args = ['tsx', section.script, ...(section.takesTryOnArgs ? tryOnArgs : []), ...(json ? ['--json'] : [])]
  if (!json) console.log(`\n=== ${section.name} (${section.script}) ===`)
  else console.error(`bench: ${section.name}…`)
  const run = spawnSync('npx', args, { cwd: ROOT, stdio: json ? ['ignore', 'pipe', 'inherit'] : 'inherit', encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  if (run.status !== 0) {
    console.error(`bench: ${section.name} failed (exit ${run.status ?? run.signal})`)
    failed = true
    continue
  }
  ;(merged.sections as string[]).push(section.name)
  if (!json) continue
  let figures: Record<string, unknown>
  try {
    figures = JSON.parse(run.stdout) as Record<string, unknown>
  } catch {
    console.error(`bench: ${section.name} printed no JSON object`)
    failed = true
    continue
  }
  for (const [key, value] of Object.entries(figures)) merged[key in merged ? `${section.name}.${key}` : key] = value
}
if (json) console.log(JSON.stringify(merged, null, 2))
process.exit(failed ? 1 : 0)
