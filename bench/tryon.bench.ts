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
import { mkdirSync, writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { dirname, join, relative, resolve } from 'node:path'
import { parseArgs, USAGE } from './tryon/args'
import { runVideo, type VideoRun } from './tryon/browserSession'
import { initialJsGzKb } from './tryon/bundleSize'
import { summaryRows, table } from './tryon/report'
import { build, startPreview } from './tryon/server'
import { RAW_METHOD, summarise } from './tryon/summary'
import { asVideo, defaultVideos } from './tryon/videos'

const ROOT = resolve(import.meta.dirname, '..')
/** Built apart from dist/, which end-to-end runs may be serving at the same time. */
const OUT_DIR = join(ROOT, '.tmp', 'bench-dist')
/** Bare-detect frames timed first and dropped (the model's first calls are slow). */
const RAW_WARMUP_FRAMES = 10
/**
 * Tracked results collected per video at least: a p50 of the ~40 results of 8 s on this machine
 * moved by ±5 % between runs; the tuning tool (--record) needs > 60 too.
 */
const MIN_TRACKED = 150

const args = (() => {
  try {
    return parseArgs(process.argv.slice(2))
  } catch (error) {
    console.error((error as Error).message)
    process.exit(2)
  }
})()
if (args.help) {
  console.log(USAGE)
  process.exit(0)
}
const log = (line: string) => process.stderr.write(`${line}\n`)
/** Load before we start: a figure near the core count means another process shares the cores. */
const loadAtStart = Number(loadavg()[0]!.toFixed(2))
if (loadAtStart > 0.75 * cpus().length) log(`note: load average ${loadAtStart} before start: something else is using the CPU, figures will be off`)

const videos = args.video
  ? { still: asVideo(args.video), moving: args.moving ? asVideo(args.moving) : undefined }
  : { ...defaultVideos(), ...(args.moving ? { moving: asVideo(args.moving) } : {}) }

log('building (vite build → .tmp/bench-dist)')
build(ROOT, OUT_DIR)
const initialJs = initialJsGzKb(OUT_DIR)
const server = await startPreview(ROOT, OUT_DIR)
process.once('SIGINT', () => {
  void server.close().finally(() => process.exit(130))
})

let still: VideoRun
let moving: VideoRun | undefined
try {
  const common = { baseUrl: server.url, renderer: args.renderer, warmupSec: args.warmupSec, collectSec: args.collectSec,
    rawWarmupFrames: RAW_WARMUP_FRAMES, record: args.record !== undefined, minTracked: MIN_TRACKED, log }
  log(`still face: ${relative(ROOT, videos.still)}`)
  still = await runVideo({ ...common, video: videos.still, rawFrames: args.rawFrames, firstTryOn: true })
  if (videos.moving) {
    log(`moving face: ${relative(ROOT, videos.moving)}`)
    moving = await runVideo({ ...common, video: videos.moving, rawFrames: 0, firstTryOn: false })
  }
} finally {
  await server.close()
}

const loadAtEnd = Number(loadavg()[0]!.toFixed(2))
const summary = summarise({
  still, moving, initialJs, renderer: args.renderer ?? 'auto', collectSec: args.collectSec,
  videos: { still: relative(ROOT, videos.still), moving: videos.moving ? relative(ROOT, videos.moving) : null },
  machine: { cpus: cpus().length, loadAvg1mAtStart: loadAtStart, loadAvg1mAtEnd: loadAtEnd },
  recording: args.record ?? null,
})

const notes: string[] = []
if (args.record) {
  const rates = [summary.still.resultsPerSec, ...(summary.moving ? [summary.moving.resultsPerSec] : [])].filter((r) => r > 0)
  // The tuning replays poses at this rate: the tracker's, not the camera's.
  const fps = rates.length ? Number((rates.reduce((a, b) => a + b, 0) / rates.length).toFixed(1)) : 30
  const [videoWidth, videoHeight] = [still.collection.videoWidth, still.collection.videoHeight]
  const recording = {
    fps, still: still.collection.transforms, moving: moving?.collection.transforms ?? [],
    // Timestamped results with landmarks: replay the whole smoothing and anchor chain.
    videoSize: [videoWidth, videoHeight], stillResults: still.collection.recorded, movingResults: moving?.collection.recorded ?? [],
  }
  mkdirSync(dirname(resolve(args.record)), { recursive: true })
  writeFileSync(args.record, JSON.stringify(recording))
  notes.push(`\nRecorded ${recording.still.length} still + ${recording.moving.length} moving poses at ${fps} results/s to ${args.record}.`)
  notes.push(recording.still.length > 60 && recording.moving.length > 60
    ? `Tune the pose filter on it:  npx tsx bench/poseFilterTuning.ts --recording ${args.record}`
    : 'The tuning needs > 60 tracked poses in both runs (a face in both videos, --moving with a custom video, or more --seconds).')
}

if (args.json) {
  console.log(JSON.stringify(summary, null, 2))
} else {
  const [w, h] = summary.videoSize
  const title = [
    `Vitrine try-on benchmark: ${summary.backend} renderer, ${summary.delegate} delegate, ${cpus().length} cores,` +
      ` load ${loadAtStart} before / ${loadAtEnd} after (1-min average)`,
    `still: ${summary.videos.still} (${w}x${h}), moving: ${summary.videos.moving ?? 'none'};` +
      ` ${args.collectSec} s per video after ${args.warmupSec} s warm-up. Timings and counts: still video.`,
    `Bare detect: ${RAW_METHOD}, ${summary.rawFrames} frames.`,
    '',
  ].join('\n')
  console.log(table(title, summaryRows(summary)))
  if (!summary.faceSeen) console.log('\nNo face in the still video: figures that need one are —.')
}
// With --json these go to stderr, so stdout stays one JSON object.
for (const line of notes) (args.json ? log : console.log)(line)
