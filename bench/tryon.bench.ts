/**
 * Try-on benchmark: the production build in Debian's Chromium with a fake camera (a still and a
 * moving face), real MediaPipe, real three.js renderer. Reports tracking cost against bare
 * `detectForVideo` in the same page, render cost, time to the first try-on, still-face jitter,
 * moving-face lag and alignment of the rendered glasses, and the initial JS size, each beside its
 * target. A benchmark reports: it exits 0 whether targets pass or miss.
 *
 *   npx tsx bench/tryon.bench.ts [--json] [--video FILE] [--moving FILE] [--record FILE] [--renderer webgl2]
 *
 * No randomness is involved (the test videos are fixed files); the unit tests of the maths use a
 * seeded generator.
 */
import { cpus, loadavg } from 'node:os'
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { parseArgs, USAGE } from './tryon/args'
import { runVideo, type VideoRun } from './tryon/browserSession'
import { initialJsGzKb } from './tryon/bundleSize'
import { videoFigures } from './tryon/metrics'
import { fmt, table, TARGETS, verdict, type Row } from './tryon/report'
import { build, startPreview } from './tryon/server'
import { percentile } from './tryon/stats'
import type { VideoFigures } from './tryon/types'
import { asVideo, defaultVideos } from './tryon/videos'

const ROOT = resolve(import.meta.dirname, '..')
/** Built apart from dist/, which end-to-end runs may be serving at the same time. */
const OUT_DIR = join(ROOT, '.tmp', 'bench-dist')
const RAW_WARMUP_FRAMES = 10
const RAW_METHOD = 'same page, try-on paused (tracker detached) right before collection, same video, model, options and delegate'
/** The tuning tool wants more than 60 poses per run. */
const RECORD_MIN_TRACKED = 90

const args = parseArgs(process.argv.slice(2))
if (args.help) {
  console.log(USAGE)
  process.exit(0)
}
const log = (line: string) => process.stderr.write(`${line}\n`)
/** Load before we start: anything well above 0 means another process shares the cores (re-run). */
const loadAtStart = Number(loadavg()[0]!.toFixed(2))
if (loadAtStart > cpus().length / 2) log(`note: load average ${loadAtStart} before start: something else is using the CPU, figures will be off`)

const videos = args.video
  ? { still: asVideo(args.video), moving: args.moving ? asVideo(args.moving) : undefined }
  : { ...defaultVideos(), ...(args.moving ? { moving: asVideo(args.moving) } : {}) }

log('building (vite build → .tmp/bench-dist)')
build(ROOT, OUT_DIR)
const bundle = initialJsGzKb(OUT_DIR)
const server = await startPreview(ROOT, OUT_DIR)
const stopServer = () => void server.close()
process.once('SIGINT', () => {
  stopServer()
  process.exit(130)
})

let still: VideoRun
let moving: VideoRun | undefined
try {
  const common = { baseUrl: server.url, renderer: args.renderer, warmupSec: args.warmupSec, collectSec: args.collectSec,
    rawWarmupFrames: RAW_WARMUP_FRAMES, record: args.record !== undefined, minTracked: args.record ? RECORD_MIN_TRACKED : 0, log }
  log(`still face: ${relative(ROOT, videos.still)}`)
  still = await runVideo({ ...common, video: videos.still, rawFrames: args.rawFrames, firstTryOn: true })
  if (videos.moving) {
    log(`moving face: ${relative(ROOT, videos.moving)}`)
    moving = await runVideo({ ...common, video: videos.moving, rawFrames: 0, firstTryOn: false })
  }
} finally {
  await server.close()
}

if (process.env.VITRINE_BENCH_DUMP) writeFileSync(process.env.VITRINE_BENCH_DUMP, JSON.stringify({ still: still.collection, moving: moving?.collection }))
const s: VideoFigures = videoFigures(still.collection, false)
const m: VideoFigures | undefined = moving ? videoFigures(moving.collection, true) : undefined
const round = (x: number | null, digits = 2) => (x === null ? null : Number(x.toFixed(digits)))
const rawMsP50 = round(percentile(still.rawMs, 50))
const overheadRatio = s.trackMsP50 !== null && rawMsP50 ? round(s.trackMsP50 / rawMsP50, 3) : null
const firstTryOnMs = round(still.firstTryOn?.firstTryOnMs ?? null, 0)

const figures = {
  frames: s.frames,
  framesTracked: s.framesTracked,
  trackMsP50: s.trackMsP50,
  trackMsP95: s.trackMsP95,
  rawMsP50,
  rawMsP95: round(percentile(still.rawMs, 95)),
  overheadRatio,
  latencyMsP50: s.latencyMsP50,
  resultsPerSec: s.resultsPerSec,
  renderMsP50: s.renderMsP50,
  renderMsP95: s.renderMsP95,
  droppedFrames: s.droppedFrames,
  firstTryOnMs,
  jitterIodRms: s.jitterIodRms,
  rawJitterIodRms: s.rawJitterIodRms,
  lagFrames: m?.lagFrames ?? null,
  alignErrIodP95: s.alignErrIodP95,
  alignErrIodP95Moving: m?.alignErrIodP95 ?? null,
  initialJsGzKb: bundle.kb,
  backend: still.backend,
  delegate: still.delegate,
  noseBridgeUv: s.noseBridgeUv,
}
const targets = Object.fromEntries(
  TARGETS.map((t) => {
    const value = figures[t.key as keyof typeof figures] as number | null
    return [t.key, { max: t.max, unit: t.unit, value, verdict: verdict(value, t.max) }]
  }),
)
const report = {
  ...figures,
  targets,
  rawMethod: RAW_METHOD,
  rawFrames: still.rawMs.length,
  firstTryOnReadyMs: round(still.firstTryOn?.readyMs ?? null, 0),
  initialJsFiles: bundle.files,
  renderer: args.renderer ?? 'auto',
  collectSec: args.collectSec,
  videos: { still: relative(ROOT, videos.still), moving: videos.moving ? relative(ROOT, videos.moving) : null },
  still: s,
  moving: m ?? null,
  machine: { cpus: cpus().length, loadAvg1mAtStart: loadAtStart, loadAvg1mAtEnd: Number(loadavg()[0]!.toFixed(2)) },
  recording: args.record ?? null,
}

if (args.record) {
  const rates = [s.resultsPerSec, ...(m ? [m.resultsPerSec] : [])].filter((r) => r > 0)
  const fps = rates.length ? Number((rates.reduce((a, b) => a + b, 0) / rates.length).toFixed(1)) : 30
  const recording = { fps, still: still.collection.transforms, moving: moving?.collection.transforms ?? [] }
  mkdirSync(dirname(resolve(args.record)), { recursive: true })
  writeFileSync(args.record, JSON.stringify(recording))
  log(`\nrecorded ${recording.still.length} still + ${recording.moving.length} moving poses at ${fps} results/s to ${args.record}`)
  if (recording.still.length > 60 && recording.moving.length > 60) {
    log(`tune the pose filter on it:  npx tsx bench/poseFilterTuning.ts --recording ${args.record}`)
  } else {
    log('the tuning needs > 60 tracked poses in both runs (a face in both videos, --moving for a custom video, or more --seconds)')
  }
}

if (args.json) {
  console.log(JSON.stringify(report, null, 2))
} else {
  const target = (key: string) => TARGETS.find((t) => t.key === key)!
  const judged = (label: string, key: string, value: number | null, digits: number, unit: string): Row => {
    const t = target(key)
    return { label, value: fmt(value, digits, unit), target: `≤ ${t.max} ${unit}`.trimEnd(), verdict: verdict(value, t.max) }
  }
  const uv = s.noseBridgeUv
  const rows: Row[] = [
    { label: 'results (tracked) / renders', value: `${s.frames} (${s.framesTracked}) / ${s.renders}` },
    { label: 'results per second', value: fmt(s.resultsPerSec, 1, '/s') },
    { label: 'tracking, worker detectForVideo p50', value: fmt(s.trackMsP50, 1, 'ms') },
    { label: 'tracking, worker detectForVideo p95', value: fmt(s.trackMsP95, 1, 'ms') },
    { label: 'bare detectForVideo p50 (try-on paused)', value: fmt(rawMsP50, 1, 'ms') },
    judged('tracking overhead (p50 ratio)', 'overheadRatio', overheadRatio, 2, '×'),
    { label: 'latency, capture → result p50', value: fmt(s.latencyMsP50, 1, 'ms') },
    { label: 'render CPU time p50 / p95', value: `${fmt(s.renderMsP50, 2)} / ${fmt(s.renderMsP95, 2, 'ms')}` },
    { label: 'dropped (skipped) frames', value: `${s.droppedFrames} (${s.skippedFrames})` },
    { label: 'first try-on (click → glasses drawn)', value: fmt(firstTryOnMs, 0, 'ms') },
    judged('still jitter, rendered bridge (RMS)', 'jitterIodRms', s.jitterIodRms, 3, '% IOD'),
    { label: 'still jitter, raw landmark 168 (RMS)', value: fmt(s.rawJitterIodRms, 3, '% IOD') },
    judged('moving lag, rendered vs landmark 168', 'lagFrames', m?.lagFrames ?? null, 2, 'frames'),
    judged('alignment error p95, still', 'alignErrIodP95', s.alignErrIodP95, 2, '% IOD'),
    judged('alignment error p95, moving', 'alignErrIodP95', m?.alignErrIodP95 ?? null, 2, '% IOD'),
    { label: 'nose bridge median [u, v] (video coords)', value: uv ? `[${uv[0].toFixed(3)}, ${uv[1].toFixed(3)}]` : '—' },
    { label: 'IOD median', value: fmt(s.iodPxP50, 1, 'px') },
    judged('initial JS (gzip -9)', 'initialJsGzKb', bundle.kb, 1, 'KB'),
  ]
  const title = [
    `Vitrine try-on benchmark: ${still.backend} renderer, ${still.delegate} delegate, ${cpus().length} cores,` +
      ` load ${loadAtStart} before / ${loadavg()[0]!.toFixed(2)} after (1-min average)`,
    `still: ${report.videos.still} (${still.collection.videoWidth}x${still.collection.videoHeight}), moving: ${report.videos.moving ?? 'none'};` +
      ` ${args.collectSec} s per video after ${args.warmupSec} s warm-up. Timings and counts: still video.`,
    `Bare detect: ${RAW_METHOD}, ${still.rawMs.length} frames.`,
    '',
  ].join('\n')
  console.log(table(title, rows))
  if (!still.faceSeen) console.log('\nNo face in the still video: figures that need one are —.')
}
