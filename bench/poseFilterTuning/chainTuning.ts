import { ANCHOR_RESIDUAL_CUTOFF_HZ } from '../../src/core/face/AnchorRefiner'
import {
  POSE_D_CUTOFF_HZ,
  POSE_POSITION_BETA,
  POSE_POSITION_MIN_CUTOFF_HZ,
  POSE_ROTATION_BETA,
  POSE_ROTATION_MIN_CUTOFF_HZ,
} from '../../src/core/filters/poseFilterDefaults'
import type { RecordedResult } from '../tryon/types'
import { chainFigures, replayChain } from './replayChain'
import {
  CHAIN_PARAM_NAMES,
  chainParams,
  measureChain,
  rankChain,
  sweepChain,
  withNeighbours,
  type ChainGrid,
  type ChainParamName,
  type ChainTargets,
  type Recorded,
  type RobustRow,
} from './sweepChain'

/** From the try-on benchmark's targets (jitter ≤ 0.3% IOD, lag ≤ 1 frame, still alignment p95 ≤ 3% IOD): a pick keeps 0.05 under the jitter target, its grid neighbours the target itself. */
const TARGETS: ChainTargets = { jitter: 0.25, neighbourJitter: 0.3, lagFrames: 1, stillAlignP95: 3 }

export const DEFAULT_CHAIN_GRID: ChainGrid = {
  positionMinCutoffHz: [0.1, 0.25, 0.5, 0.75, 1, 1.5, 2],
  positionBeta: [0, 0.1, 0.25, 0.5, 0.75, 1, 1.5, 2, 3],
  rotationMinCutoffHz: [0.1, 0.25, 0.5, 1, 1.5, 2, 3],
  rotationBeta: [0, 1, 2, 5, 8, 12, 20],
  dCutoffHz: [POSE_D_CUTOFF_HZ],
  residualCutoffHz: [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.75, 1],
}

/** The shipped defaults, as a grid point. */
export const CURRENT: Record<ChainParamName, number> = {
  positionMinCutoffHz: POSE_POSITION_MIN_CUTOFF_HZ,
  positionBeta: POSE_POSITION_BETA,
  rotationMinCutoffHz: POSE_ROTATION_MIN_CUTOFF_HZ,
  rotationBeta: POSE_ROTATION_BETA,
  dCutoffHz: POSE_D_CUTOFF_HZ,
  residualCutoffHz: ANCHOR_RESIDUAL_CUTOFF_HZ,
}

export interface ChainRecording {
  videoSize: [number, number]
  stillResults: RecordedResult[]
  movingResults: RecordedResult[]
}

export const hasChainResults = (x: unknown): x is ChainRecording => {
  const r = x as Partial<ChainRecording>
  return Array.isArray(r.stillResults) && r.stillResults.length > 20 && Array.isArray(r.movingResults) && Array.isArray(r.videoSize)
}

const fmt = (x: number, d = 3): string => (Number.isFinite(x) ? x.toFixed(d) : 'n/a')
const paramText = (r: Record<ChainParamName, number>): string =>
  `pos ${r.positionMinCutoffHz}/${r.positionBeta}  rot ${r.rotationMinCutoffHz}/${r.rotationBeta}  d ${r.dCutoffHz}  res ${r.residualCutoffHz}`

/** Sweeps the full chain on a recording with timestamped results and prints (or emits as JSON) the picks. */
export function chainTuning(rec: ChainRecording, source: string, json: boolean, grid = DEFAULT_CHAIN_GRID, top = 15): void {
  const recorded: Recorded = { videoSize: rec.videoSize, still: rec.stillResults, moving: rec.movingResults }
  const raw = chainFigures(replayChain(recorded.still, recorded.videoSize, chainParams(CURRENT)), false).rawJitterIodRms ?? NaN
  const current = { ...CURRENT, ...measureChain(recorded, CURRENT) }
  const rows = withNeighbours(sweepChain(recorded, grid))
  const plain = rankChain(rows, { ...TARGETS, jitter: TARGETS.neighbourJitter }, false)
  const margin = rankChain(rows, TARGETS, false)
  const robust = rankChain(rows, TARGETS, true)
  const strip = (r: RobustRow): Omit<RobustRow, 'at'> => {
    const { at: _at, ...rest } = r
    return rest
  }
  if (json) {
    const frames = { still: recorded.still.length, moving: recorded.moving.length }
    console.log(JSON.stringify({ source, mode: 'chain', frames, targets: TARGETS, grid, rawJitterIodRms: raw, current,
      recommended: robust[0] ? strip(robust[0]) : null,
      slices: robust[0] ? Object.fromEntries(Object.entries(slices(rows, robust[0])).map(([k, v]) => [k, v.map(strip)])) : null,
      robust: robust.slice(0, top).map(strip),
      marginBest: margin.slice(0, top).map(strip), targetBest: plain.slice(0, top).map(strip), combinations: rows.length }, null, 2))
    return
  }
  console.log(`Full-chain tuning (PoseFilter → anchors → AnchorRefiner, real timestamps): ${source}`)
  console.log(`${recorded.still.length} still + ${recorded.moving.length} moving results, ${rows.length} combinations`)
  console.log(`Raw landmark 168 jitter ${fmt(raw)}% IOD`)
  console.log(`Current defaults: ${paramText(current)}`)
  console.log(`  jitter ${fmt(current.stillJitter)}  still align p95 ${fmt(current.stillAlignP95, 2)}  moving align p95 ${fmt(current.movingAlignP95, 2)}  lag ${fmt(current.lagFrames, 2)}  rotation lag ${fmt(current.rotationLagFrames, 2)}`)
  const header = '  jitter  (worst nb)  stillAl  movAl  (worst nb)   lag  rotLag  params'
  const line = (r: RobustRow): string =>
    `  ${fmt(r.stillJitter).padStart(6)}  (${fmt(r.worstJitter)})  ${fmt(r.stillAlignP95, 2).padStart(7)}  ${fmt(r.movingAlignP95, 2).padStart(5)}  (${fmt(r.worstMovingAlignP95, 2).padStart(6)})  ${fmt(r.lagFrames, 2).padStart(5)}  ${fmt(r.rotationLagFrames, 2).padStart(6)}  ${paramText(r)}`
  const section = (title: string, list: RobustRow[]): void => {
    console.log(`\n${title} (${list.length} qualify; top ${Math.min(top, list.length)})\n${header}`)
    for (const r of list.slice(0, top)) console.log(line(r))
  }
  section(`Jitter <= ${TARGETS.neighbourJitter}, lag and rotation lag <= ${TARGETS.lagFrames}, still align <= ${TARGETS.stillAlignP95}: least moving error`, plain)
  section(`With margin, jitter <= ${TARGETS.jitter}: least moving error`, margin)
  section(`Robust: inside the grid, jitter <= ${TARGETS.jitter}, every grid neighbour <= ${TARGETS.neighbourJitter}: least worst-neighbour moving error`, robust)
  const pick = robust[0]
  console.log(pick ? `\nRecommended (robust, least moving error): ${paramText(pick)}` : '\nNo combination meets the targets with margin.')
  if (!pick) return
  console.log('\nHow flat: each parameter varied alone around the recommendation (jitter / moving align p95 / lag / rotation lag)')
  for (const [name, list] of Object.entries(slices(rows, pick))) {
    console.log(`  ${name.padEnd(20)}${list.map((r) => `${r[name as ChainParamName]}: ${fmt(r.stillJitter, 2)}/${fmt(r.movingAlignP95, 1)}/${fmt(r.lagFrames, 1)}/${fmt(r.rotationLagFrames, 1)}`).join('  ')}`)
  }
}

/** For each parameter, the grid rows that differ from `pick` in that parameter only. */
export function slices(rows: readonly RobustRow[], pick: RobustRow): Record<string, RobustRow[]> {
  const out: Record<string, RobustRow[]> = {}
  pick.at.forEach((_, d) => {
    const list = rows.filter((r) => r.at.every((v, i) => i === d || v === pick.at[i]))
    if (list.length > 1) out[CHAIN_PARAM_NAMES[d]!] = list
  })
  return out
}
