import type { RecordedResult } from '../tryon/types'
import { lagFrames as poseLagFrames, rotationVectors } from './metrics'
import { chainFigures, replayChain, type ChainParams } from './replayChain'

/** The values tried per parameter; every combination is replayed. */
export interface ChainGrid {
  positionMinCutoffHz: readonly number[]
  positionBeta: readonly number[]
  rotationMinCutoffHz: readonly number[]
  rotationBeta: readonly number[]
  dCutoffHz: readonly number[]
  residualCutoffHz: readonly number[]
}

export type ChainParamName = keyof ChainGrid
export const CHAIN_PARAM_NAMES: readonly ChainParamName[] = [
  'positionMinCutoffHz',
  'positionBeta',
  'rotationMinCutoffHz',
  'rotationBeta',
  'dCutoffHz',
  'residualCutoffHz',
]

/** One replayed combination with the try-on benchmark's figures (% IOD, frames). */
export interface ChainRow extends Record<ChainParamName, number> {
  /** Index of each parameter's value in its grid list, for neighbour look-ups. */
  at: readonly number[]
  stillJitter: number
  stillAlignP95: number
  movingAlignP95: number
  lagFrames: number
  /**
   * Lag of the filtered head rotation behind the raw one on the moving video, result frames: the
   * glasses' orientation, which the bridge point alone does not show (the anchor refiner pulls the
   * point onto its landmark whatever the rotation filter does).
   */
  rotationLagFrames: number
}

export interface Recorded {
  videoSize: readonly [number, number]
  still: readonly RecordedResult[]
  moving: readonly RecordedResult[]
}

export function chainParams(row: Record<ChainParamName, number>): ChainParams {
  return {
    pose: {
      positionMinCutoffHz: row.positionMinCutoffHz,
      positionBeta: row.positionBeta,
      rotationMinCutoffHz: row.rotationMinCutoffHz,
      rotationBeta: row.rotationBeta,
      dCutoffHz: row.dCutoffHz,
    },
    residualCutoffHz: row.residualCutoffHz,
  }
}

/** Replays both videos for one combination. Missing figures become NaN (never meet a target). */
export function measureChain(rec: Recorded, values: Record<ChainParamName, number>): Omit<ChainRow, 'at' | ChainParamName> {
  const params = chainParams(values)
  const still = chainFigures(replayChain(rec.still, rec.videoSize, params), false)
  const poses: Float64Array[] = []
  const moving = chainFigures(replayChain(rec.moving, rec.videoSize, params, poses), true)
  const raw = rec.moving.map((r) => r.transform)
  const base = raw[0] ?? IDENTITY
  return {
    stillJitter: still.jitterIodRms ?? NaN,
    stillAlignP95: still.alignErrIodP95 ?? NaN,
    movingAlignP95: moving.alignErrIodP95 ?? NaN,
    lagFrames: moving.lagFrames ?? NaN,
    rotationLagFrames: poses.length > 30 ? poseLagFrames(rotationVectors(poses, base), rotationVectors(raw, base), WARMUP_RESULTS) : NaN,
  }
}

const IDENTITY = [1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1]
/** Results skipped before the rotation lag is measured (filter start-up): about 1 s at 5-6 results/s. */
const WARMUP_RESULTS = 6

/** Every combination of the grid, replayed (fresh filters each). */
export function sweepChain(rec: Recorded, grid: ChainGrid): ChainRow[] {
  const rows: ChainRow[] = []
  const at = new Array<number>(CHAIN_PARAM_NAMES.length).fill(0)
  const visit = (d: number): void => {
    if (d === CHAIN_PARAM_NAMES.length) {
      const values = {} as Record<ChainParamName, number>
      CHAIN_PARAM_NAMES.forEach((name, i) => (values[name] = grid[name][at[i]!]!))
      rows.push({ ...values, at: at.slice(), ...measureChain(rec, values) })
      return
    }
    for (let i = 0; i < grid[CHAIN_PARAM_NAMES[d]!].length; i++) {
      at[d] = i
      visit(d + 1)
    }
  }
  visit(0)
  return rows
}

export interface ChainTargets {
  /** Still-face jitter a pick must stay under, % IOD (the target minus a margin). */
  jitter: number
  /** Jitter every grid neighbour of a pick must stay under, % IOD (the target itself). */
  neighbourJitter: number
  lagFrames: number
  stillAlignP95: number
}

/** A row with the worst figures of itself and its grid neighbours (one step along one parameter). */
export interface RobustRow extends ChainRow {
  worstJitter: number
  worstMovingAlignP95: number
  worstLagFrames: number
  worstRotationLagFrames: number
  /** Not on the grid's edge along any swept parameter (flatness is seen on both sides). */
  interior: boolean
}

export function withNeighbours(rows: readonly ChainRow[]): RobustRow[] {
  const byKey = new Map(rows.map((r) => [r.at.join(','), r]))
  const dims = rows[0]?.at.length ?? 0
  const sweptDims = Array.from({ length: dims }, (_, d) => rows.some((r) => r.at[d] !== 0))
  const swept = (d: number): boolean => sweptDims[d]!
  return rows.map((r) => {
    const near = [r]
    let interior = true
    for (let d = 0; d < r.at.length; d++) {
      for (const step of [-1, 1]) {
        const at = r.at.slice()
        at[d] = at[d]! + step
        const n = byKey.get(at.join(','))
        if (n) near.push(n)
        else if (swept(d)) interior = false
      }
    }
    const worst = (f: (x: ChainRow) => number): number => Math.max(...near.map((x) => (Number.isNaN(f(x)) ? Infinity : f(x))))
    return {
      ...r,
      worstJitter: worst((x) => x.stillJitter),
      worstMovingAlignP95: worst((x) => x.movingAlignP95),
      worstLagFrames: worst((x) => x.lagFrames),
      worstRotationLagFrames: worst((x) => x.rotationLagFrames),
      interior,
    }
  })
}

/**
 * Candidates meeting every target (NaN figures never do), least moving-face error first; ties by
 * lag, then jitter. With `robust`, a pick must be inside the grid, its neighbours' worst jitter must
 * meet the plain target, and the ranking is by the neighbours' worst moving error, so a pick does
 * not sit on a lucky grid point or at the edge of what was explored.
 */
export function rankChain(rows: readonly RobustRow[], t: ChainTargets, robust: boolean): RobustRow[] {
  return rows
    .filter(
      (r) =>
        r.stillJitter <= t.jitter &&
        r.lagFrames <= t.lagFrames &&
        r.rotationLagFrames <= t.lagFrames &&
        r.stillAlignP95 <= t.stillAlignP95 &&
        (!robust || (r.interior && r.worstJitter <= t.neighbourJitter && Math.max(r.worstLagFrames, r.worstRotationLagFrames) <= t.lagFrames)),
    )
    .sort((a, b) => {
      const ea = robust ? a.worstMovingAlignP95 : a.movingAlignP95
      const eb = robust ? b.worstMovingAlignP95 : b.movingAlignP95
      return ea - eb || a.lagFrames - b.lagFrames || a.stillJitter - b.stillJitter
    })
}
