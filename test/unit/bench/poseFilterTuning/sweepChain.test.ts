import { describe, expect, it } from 'vitest'
import { rankChain, withNeighbours, type ChainRow, type ChainTargets } from '../../../../bench/poseFilterTuning/sweepChain'

const targets: ChainTargets = { jitter: 0.25, neighbourJitter: 0.3, lagFrames: 1, stillAlignP95: 3 }

/** A row on a one-parameter grid (the residual cutoff), other parameters fixed. */
function row(i: number, stillJitter: number, movingAlignP95: number, lagFrames = 0): ChainRow {
  return {
    positionMinCutoffHz: 0.25, positionBeta: 1.5, rotationMinCutoffHz: 0.25, rotationBeta: 8, dCutoffHz: 1,
    residualCutoffHz: 0.1 * (i + 1), at: [0, 0, 0, 0, 0, i],
    stillJitter, stillAlignP95: 0.4, movingAlignP95, lagFrames, rotationLagFrames: 0.2,
  }
}

describe('rankChain', () => {
  it('ranks candidates meeting every target by least moving error', () => {
    const rows = withNeighbours([row(0, 0.2, 5), row(1, 0.22, 4), row(2, 0.24, 3), row(3, 0.26, 2)])
    expect(rankChain(rows, targets, false).map((r) => r.at[5])).toEqual([2, 1, 0])
  })

  it('drops candidates that lag or miss the still-face targets, and NaN figures', () => {
    const rows = withNeighbours([row(0, 0.2, 3, 1.5), row(1, NaN, 2), row(2, 0.2, 4)])
    expect(rankChain(rows, targets, false).map((r) => r.at[5])).toEqual([2])
  })

  it('with robust, skips a pick whose grid neighbour breaks the jitter target', () => {
    // Index 1 has the least moving error but sits next to a 0.35% jitter cell.
    const rows = withNeighbours([row(0, 0.35, 2), row(1, 0.24, 2.5), row(2, 0.24, 3), row(3, 0.24, 3.1), row(4, 0.24, 3.2)])
    expect(rankChain(rows, targets, false)[0]!.at[5]).toBe(1)
    const robust = rankChain(rows, targets, true)
    expect(robust.map((r) => r.at[5])).not.toContain(1)
    expect(robust[0]!.at[5]).toBe(2) // the worst moving error of it and its neighbours (3.1) is the least
  })

  it('with robust, skips picks on the edge of the grid, where flatness is seen on one side only', () => {
    const rows = withNeighbours([row(0, 0.2, 1), row(1, 0.2, 3), row(2, 0.2, 3), row(3, 0.2, 1)])
    expect(rankChain(rows, targets, true).map((r) => r.at[5]).sort()).toEqual([1, 2])
  })
})
