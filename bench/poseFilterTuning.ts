/**
 * Tunes the smoothing chain. With a recording of timestamped results (`stillResults`,
 * `movingResults`, `videoSize`: what `npm run bench -- --record FILE` writes), it replays
 * FaceSession's whole per-result chain (PoseFilter → anchors → AnchorRefiner) on the real
 * timestamps and landmarks over a grid of every smoothing parameter, scores the drawn nose bridge
 * with the try-on benchmark's metrics and prints the candidates under the targets (see
 * `poseFilterTuning/chainTuning.ts`).
 *
 *   npx tsx bench/poseFilterTuning.ts [--recording FILE.json] [--json] [--seed N] [--grid JSON]
 *
 * Without one (synthetic data, or an old `{ fps, still, moving }` recording), the pose filter alone
 * (Casiez, Roussel & Vogel, CHI 2012): for a grid of (minCutoff, beta), position and rotation, it
 * measures still-face jitter and moving-face lag at a uniform rate on a canonical nose point and
 * recommends parameters by the paper's tuning procedure (see `pick.ts`), with the plain
 * least-lag-under-the-jitter-target choice beside it. Jitter: RMS frame-to-frame motion of the
 * projected nose bridge, % of the interocular distance (target ≤ 0.3%). Lag: least-squares time
 * shift, in frames, between the filtered and the reference moving trajectory (target ≤ 1 frame).
 */
import { readFileSync } from 'node:fs'
import { PoseFilter, type PoseFilterParams } from '../src/core/filters/PoseFilter'
import { POSE_D_CUTOFF_HZ } from '../src/core/filters/poseFilterDefaults'
import { lagFrames, noseJitter, rotationVectors, translations, type Jitter } from './poseFilterTuning/metrics'
import { chainTuning, DEFAULT_CHAIN_GRID, hasChainResults } from './poseFilterTuning/chainTuning'
import { pick, type Pair, type TuningResults } from './poseFilterTuning/pick'
import { printTable, type Row } from './poseFilterTuning/printTable'
import type { ChainGrid } from './poseFilterTuning/sweepChain'
import { synthesizeRecording, type PoseRecording } from './poseFilterTuning/synthesize'

const TARGET_JITTER_PCT_IOD = 0.3
const TARGET_LAG_FRAMES = 1
/** Skipped at the start of each run: the filter starts from the first sample, not from rest. */
const WARMUP_SEC = 1
const MIN_CUTOFFS_HZ = [0.1, 0.25, 0.5, 1, 1.5, 2, 3]
const POSITION_BETAS = [0, 0.05, 0.1, 0.2, 0.3, 0.5, 0.75, 1, 1.5, 2]
const ROTATION_BETAS = [0, 0.5, 1, 2, 3, 5, 8, 12]

const grid = (betas: number[]): Pair[] => MIN_CUTOFFS_HZ.flatMap((minCutoffHz) => betas.map((beta) => ({ minCutoffHz, beta })))

const args = process.argv.slice(2)
const option = (name: string): string | undefined => {
  const i = args.indexOf(name)
  return i >= 0 ? args[i + 1] : undefined
}
const recordingPath = option('--recording')
const seed = Number(option('--seed') ?? 1)
const rec: PoseRecording = recordingPath
  ? (JSON.parse(readFileSync(recordingPath, 'utf8')) as PoseRecording)
  : synthesizeRecording(seed)
// --grid '{"residualCutoffHz":[0.5,1]}' replaces lists of the full-chain grid.
const gridOption = option('--grid')
const chainGrid = { ...DEFAULT_CHAIN_GRID, ...(gridOption ? (JSON.parse(gridOption) as Partial<ChainGrid>) : {}) }
if (hasChainResults(rec)) chainTuning(rec, recordingPath!, args.includes('--json'), chainGrid)
else tunePoseOnly()

/** Pose filter alone at a uniform rate on a canonical nose point: recordings without timestamped results. */
function tunePoseOnly(): void {
  const isPoseList = (x: unknown): boolean =>
    Array.isArray(x) && x.length > 60 && x.every((m) => Array.isArray(m) && m.length === 16)
  if (!(rec.fps > 0) || !isPoseList(rec.still) || !isPoseList(rec.moving)) {
    throw new Error(`vitrine: ${recordingPath} must be { fps, still, moving } with > 60 poses of 16 numbers each`)
  }
  const still = rec.still.map((m) => Float64Array.from(m))
  const moving = rec.moving.map((m) => Float64Array.from(m))
  const reference = (rec.movingClean ?? rec.moving).map((m) => Float64Array.from(m))
  const warmup = Math.round(WARMUP_SEC * rec.fps)
  const scratch = Array.from({ length: Math.max(still.length, moving.length) }, () => new Float64Array(16))

  /** Runs a fresh PoseFilter over `frames` into `scratch` (reused, no per-run allocation). */
  function run(frames: Float64Array[], params: Partial<PoseFilterParams>): Float64Array[] {
    const filter = new PoseFilter({ dCutoffHz: POSE_D_CUTOFF_HZ, ...params })
    for (let k = 0; k < frames.length; k++) filter.filter(frames[k]!, k / rec.fps, scratch[k]!)
    return scratch.slice(0, frames.length)
  }

  const positionGrid = grid(POSITION_BETAS)
  const rotationGrid = grid(ROTATION_BETAS)
  const refTranslation = translations(reference)
  const refRotation = rotationVectors(reference, reference[0]!)
  const positionLag = positionGrid.map((p) =>
    lagFrames(translations(run(moving, { positionMinCutoffHz: p.minCutoffHz, positionBeta: p.beta })), refTranslation, warmup),
  )
  const rotationLag = rotationGrid.map((r) =>
    lagFrames(
      rotationVectors(run(moving, { rotationMinCutoffHz: r.minCutoffHz, rotationBeta: r.beta }), reference[0]!),
      refRotation,
      warmup,
    ),
  )
  const jitter: Jitter[][] = positionGrid.map((p) =>
    rotationGrid.map((r) =>
      noseJitter(
        run(still, {
          positionMinCutoffHz: p.minCutoffHz,
          positionBeta: p.beta,
          rotationMinCutoffHz: r.minCutoffHz,
          rotationBeta: r.beta,
        }),
        warmup,
      ),
    ),
  )
  const raw = noseJitter(still, warmup)

  const results: TuningResults = {
    positionGrid,
    rotationGrid,
    positionLag,
    rotationLag,
    jitter,
    targetJitterPctIod: TARGET_JITTER_PCT_IOD,
    targetLagFrames: TARGET_LAG_FRAMES,
  }
  const { p: bestP, r: bestR, meetsJitter } = pick(results, false)
  const lagFirst = pick(results, true)

  const pos = positionGrid[bestP]!
  const rot = rotationGrid[bestR]!
  const best = jitter[bestP]![bestR]!
  const recommended = {
    positionMinCutoffHz: pos.minCutoffHz,
    positionBeta: pos.beta,
    rotationMinCutoffHz: rot.minCutoffHz,
    rotationBeta: rot.beta,
    dCutoffHz: POSE_D_CUTOFF_HZ,
    jitterRmsPctIod: best.rmsPctIod,
    jitterP95PctIod: best.p95PctIod,
    jitterRatioVsRaw: best.rmsPctIod / raw.rmsPctIod,
    positionLagFrames: positionLag[bestP]!,
    rotationLagFrames: rotationLag[bestR]!,
    meetsJitterTarget: meetsJitter,
    meetsLagTarget: Math.max(positionLag[bestP]!, rotationLag[bestR]!) <= TARGET_LAG_FRAMES,
  }
  /** The plain least-lag-under-jitter-target pair, printed for comparison. */
  const leastLag = {
    positionMinCutoffHz: positionGrid[lagFirst.p]!.minCutoffHz,
    positionBeta: positionGrid[lagFirst.p]!.beta,
    rotationMinCutoffHz: rotationGrid[lagFirst.r]!.minCutoffHz,
    rotationBeta: rotationGrid[lagFirst.r]!.beta,
    jitterRmsPctIod: jitter[lagFirst.p]![lagFirst.r]!.rmsPctIod,
    positionLagFrames: positionLag[lagFirst.p]!,
    rotationLagFrames: rotationLag[lagFirst.r]!,
  }
  const rows = (g: Pair[], lag: number[], jit: (i: number) => Jitter): Row[] =>
    g.map((p, i) => ({ ...p, jitterRmsPctIod: jit(i).rmsPctIod, jitterP95PctIod: jit(i).p95PctIod, lagFrames: lag[i]! }))
  const position = rows(positionGrid, positionLag, (i) => jitter[i]![bestR]!)
  const rotation = rows(rotationGrid, rotationLag, (j) => jitter[bestP]![j]!)

  if (args.includes('--json')) {
    const source = recordingPath ?? `synthetic seed ${seed}`
    const frames = { still: still.length, moving: moving.length }
    const targets = { jitterPctIod: TARGET_JITTER_PCT_IOD, lagFrames: TARGET_LAG_FRAMES }
    const rawJitter = { jitterRmsPctIod: raw.rmsPctIod, jitterP95PctIod: raw.p95PctIod }
    console.log(JSON.stringify({ source, fps: rec.fps, frames, targets, raw: rawJitter, position, rotation, recommended, leastLag }, null, 2))
  } else {
    console.log(`Pose filter tuning: ${recordingPath ?? `synthetic recording, seed ${seed}`}, ${rec.fps} fps,`)
    console.log(`${still.length} still + ${moving.length} moving frames, dCutoff ${POSE_D_CUTOFF_HZ} Hz`)
    console.log(`Targets: jitter <= ${TARGET_JITTER_PCT_IOD}% IOD (RMS), lag <= ${TARGET_LAG_FRAMES} frame`)
    console.log(`Unfiltered: jitter ${raw.rmsPctIod.toFixed(2)}% IOD RMS, p95 ${raw.p95PctIod.toFixed(2)}%`)
    const posTitle = `Position (cm; beta per cm/s), rotation at ${rot.minCutoffHz} Hz / ${rot.beta}:`
    const rotTitle = `Rotation (rad; beta per rad/s), position at ${pos.minCutoffHz} Hz / ${pos.beta}:`
    printTable(posTitle, position, MIN_CUTOFFS_HZ, POSITION_BETAS, pos, TARGET_JITTER_PCT_IOD)
    printTable(rotTitle, rotation, MIN_CUTOFFS_HZ, ROTATION_BETAS, rot, TARGET_JITTER_PCT_IOD)
    const r = recommended
    console.log(`\nRecommended${r.meetsJitterTarget ? '' : ' (NO pair meets the jitter target: least jitter shown)'}:`)
    console.log(`  POSE_POSITION_MIN_CUTOFF_HZ = ${r.positionMinCutoffHz}, POSE_POSITION_BETA = ${r.positionBeta}`)
    console.log(`  POSE_ROTATION_MIN_CUTOFF_HZ = ${r.rotationMinCutoffHz}, POSE_ROTATION_BETA = ${r.rotationBeta}`)
    console.log(
      `  jitter ${r.jitterRmsPctIod.toFixed(3)}% IOD RMS (p95 ${r.jitterP95PctIod.toFixed(3)}%, ${(100 * r.jitterRatioVsRaw).toFixed(0)}% of raw),` +
        ` lag ${r.positionLagFrames.toFixed(2)} / ${r.rotationLagFrames.toFixed(2)} frames (position / rotation)` +
        `${r.meetsLagTarget ? '' : `: over the ${TARGET_LAG_FRAMES}-frame lag target`}`,
    )
    const l = leastLag
    console.log(
      `Least lag under the jitter target alone: position ${l.positionMinCutoffHz} Hz / ${l.positionBeta},` +
        ` rotation ${l.rotationMinCutoffHz} Hz / ${l.rotationBeta}: jitter ${l.jitterRmsPctIod.toFixed(3)}% IOD,` +
        ` lag ${l.positionLagFrames.toFixed(2)} / ${l.rotationLagFrames.toFixed(2)} frames`,
    )
  }
}
