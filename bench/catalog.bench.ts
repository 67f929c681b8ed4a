// Catalog service benchmark: the asset pipeline on the Khronos sunglasses (validate + optimise time,
// size reduction) and upload throughput with 50 concurrent clients over real HTTP on PGlite.
//   npx tsx bench/catalog.bench.ts [--json] [--runs N] [--clients N] [--rounds N]
//   npm run --silent bench:catalog -- --json     (one JSON object on stdout)
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { measurePipeline } from './catalog/measurePipeline'
import { measureUploads } from './catalog/measureUploads'

const KHRONOS_URL = new URL('../../shared/fixtures/glb/SunglassesKhronos.glb', import.meta.url)
const KHRONOS_SHA256 = '25d72dd0869c99f94a3c0d6dfe0707714eca056e531f6ff77e7545719c86ab8c'
const UPLOAD_ASSET_URL = new URL('../assets/glasses/orbit-round-gold.glb', import.meta.url)

const argv = process.argv.slice(2)
const option = (name: string, fallback: number) => {
  const i = argv.indexOf(name)
  const value = i < 0 ? fallback : Number(argv[i + 1])
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} needs a positive integer`)
  return value
}
const json = argv.includes('--json')
const log = (line: string) => { if (!json) console.log(line) }

const khronos = new Uint8Array(readFileSync(KHRONOS_URL))
const sha = createHash('sha256').update(khronos).digest('hex')
if (sha !== KHRONOS_SHA256) throw new Error(`${KHRONOS_URL.pathname} has sha256 ${sha}, expected ${KHRONOS_SHA256}`)

log('asset pipeline on SunglassesKhronos.glb ...')
const pipeline = await measurePipeline(khronos, option('--runs', 5))
const clients = option('--clients', 50)
log(`uploads: ${clients} concurrent clients over HTTP on PGlite ...`)
const upload = await measureUploads(new Uint8Array(readFileSync(UPLOAD_ASSET_URL)), clients, option('--rounds', 2), 10)

if (json) {
  console.log(JSON.stringify({ pipeline: { asset: 'SunglassesKhronos.glb', ...pipeline }, upload: { asset: 'orbit-round-gold.glb', ...upload } }))
} else {
  console.table({
    'validate + optimise, median (ms)': pipeline.validateOptimiseMsMedian,
    'validate + optimise, p95 (ms)': pipeline.validateOptimiseMsP95,
    '  our GLB checks (ms)': pipeline.checkMsMedian,
    '  Khronos validator (ms)': pipeline.khronosMsMedian,
    '  glTF-Transform optimisation (ms)': pipeline.optimiseMsMedian,
    'size (bytes): original → optimised': `${pipeline.originalBytes} → ${pipeline.optimisedBytes}`,
    'size reduction': `${(pipeline.sizeReduction * 100).toFixed(1)} %`,
    [`upload latency p50 (ms), ${upload.clients} clients`]: upload.p50Ms,
    [`upload latency p95 (ms), ${upload.clients} clients`]: upload.p95Ms,
    'uploads/s, concurrent': upload.uploadsPerSecond,
    'uploads/s, one client (baseline)': upload.sequentialUploadsPerSecond,
  })
}
