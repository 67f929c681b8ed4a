/** Command line of bench/tryon.bench.ts. */
export interface BenchArgs {
  json: boolean
  /** Still-face video or image (default test/.cache/videos/still.y4m). */
  video: string | undefined
  /** Moving-face video or image (default moving.y4m, none when --video is given alone). */
  moving: string | undefined
  /** Write each tracked result (timestamp, raw matrix, landmarks) here, for bench/poseFilterTuning.ts. */
  record: string | undefined
  renderer: 'webgpu' | 'webgl2' | undefined
  collectSec: number
  warmupSec: number
  rawFrames: number
  help: boolean
}

export const USAGE = `npx tsx bench/tryon.bench.ts [options]   (or: npm run --silent bench -- [options])

  --json              print one JSON object of the figures (progress goes to stderr)
  --video FILE        still-face video (.y4m) or image (made into a video); default the test still face
  --moving FILE       moving-face video or image for the lag figure (default: the test moving face,
                      none when --video is given without it)
  --record FILE       write each tracked result (timestamp, raw matrix, landmarks) of both videos, for
                      npx tsx bench/poseFilterTuning.ts --recording FILE
  --renderer NAME     webgpu or webgl2 (default: the app's choice)
  --seconds N         collection per video, seconds (default 8; longer until 150 tracked results, at most 4×)
  --warmup N          warm-up after the first face, seconds (default 2)
  --raw-frames N      bare detectForVideo frames timed before and again after the collection (default 60 each)`

export function parseArgs(argv: readonly string[]): BenchArgs {
  const value = (name: string): string | undefined => {
    const i = argv.indexOf(name)
    if (i < 0) return undefined
    const v = argv[i + 1]
    if (v === undefined || v.startsWith('--')) throw new Error(`vitrine: ${name} needs a value\n\n${USAGE}`)
    return v
  }
  const number = (name: string, fallback: number): number => {
    const v = value(name)
    if (v === undefined) return fallback
    const n = Number(v)
    if (!Number.isFinite(n) || n < 0) throw new Error(`vitrine: ${name} takes a number ≥ 0, not ${v}`)
    return n
  }
  const known = new Set(['--json', '--help', '-h', '--video', '--moving', '--record', '--renderer', '--seconds', '--warmup', '--raw-frames'])
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!
    if (!a.startsWith('-')) continue
    if (!known.has(a)) throw new Error(`vitrine: unknown option ${a}\n\n${USAGE}`)
  }
  const renderer = value('--renderer')
  if (renderer !== undefined && renderer !== 'webgpu' && renderer !== 'webgl2') {
    throw new Error(`vitrine: --renderer takes webgpu or webgl2, not ${renderer}`)
  }
  return {
    json: argv.includes('--json'),
    help: argv.includes('--help') || argv.includes('-h'),
    video: value('--video'),
    moving: value('--moving'),
    record: value('--record'),
    renderer,
    collectSec: number('--seconds', 8),
    warmupSec: number('--warmup', 2),
    rawFrames: Math.round(number('--raw-frames', 60)),
  }
}
