import type { Jitter } from './metrics'

/** One (minCutoff, beta) candidate of a 1€ filter. */
export interface Pair {
  minCutoffHz: number
  beta: number
}

/** Measured grid: lags per candidate of each filter, jitter per (position, rotation) pair. */
export interface TuningResults {
  positionGrid: readonly Pair[]
  rotationGrid: readonly Pair[]
  positionLag: readonly number[]
  rotationLag: readonly number[]
  jitter: readonly (readonly Jitter[])[]
  targetJitterPctIod: number
  targetLagFrames: number
}

/**
 * Indices [position, rotation] of the recommended candidates. Among pairs meeting both targets,
 * the paper's two-step tuning procedure (Casiez et al. 2012): the highest minCutoff that keeps
 * still jitter acceptable (position first: it dominates jitter), then the lowest beta that removes
 * lag. Neither measure here sees the lag on slow motion or the creep into place after the head
 * stops, which grow as minCutoff falls, so plain "least lag" runs to the grid's lowest minCutoff.
 * Without such pairs: least lag under the jitter target, else least jitter.
 * `leastLag` skips the first rule (the plain "least lag under the jitter target").
 */
export function pick(t: TuningResults, leastLag: boolean): { p: number; r: number; meetsJitter: boolean } {
  let best = { p: 0, r: 0, meetsJitter: false }
  let bestKey = [Infinity]
  for (let i = 0; i < t.positionGrid.length; i++) {
    for (let j = 0; j < t.rotationGrid.length; j++) {
      const jit = t.jitter[i]![j]!.rmsPctIod
      const pl = t.positionLag[i]!
      const rl = t.rotationLag[j]!
      const okJitter = jit <= t.targetJitterPctIod
      const okBoth = okJitter && Math.max(pl, rl) <= t.targetLagFrames && !leastLag
      const p = t.positionGrid[i]!
      const r = t.rotationGrid[j]!
      const key = okBoth
        ? [0, -p.minCutoffHz, -r.minCutoffHz, p.beta, r.beta]
        : okJitter
          ? [1, Math.max(pl, rl), pl + rl, jit]
          : [2, jit, Math.max(pl, rl)]
      if (compare(key, bestKey) < 0) {
        bestKey = key
        best = { p: i, r: j, meetsJitter: okJitter }
      }
    }
  }
  return best
}

/** Lexicographic comparison of two keys. */
function compare(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!
  return 0
}
