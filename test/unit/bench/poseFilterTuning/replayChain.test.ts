import { describe, expect, it } from 'vitest'
import { chainFigures, replayChain, type ChainParams } from '../../../../bench/poseFilterTuning/replayChain'
import type { RecordedResult } from '../../../../bench/tryon/types'
import { computeAnchorPoses, createAnchorPoses } from '../../../../src/core/face/computeAnchors'
import { projectToUv } from '../../../../src/core/face/projectToUv'
import { LANDMARK_COUNT, type TrackingCamera } from '../../../../src/core/face/types'
import { gaussian } from '../../../../src/core/random/gaussian'
import { mulberry32 } from '../../../../src/core/random/mulberry32'

const SIZE: [number, number] = [640, 480]
const camera: TrackingCamera = { verticalFovDeg: 63, aspect: 4 / 3 }
const DT_MS = 200 // the tracker's pace on the benchmark machine
const params = (residualCutoffHz: number, positionMinCutoffHz = 0.5): ChainParams => ({
  pose: { positionMinCutoffHz, positionBeta: 0.75, rotationMinCutoffHz: 1, rotationBeta: 12 },
  residualCutoffHz,
})

/** Head at x cm, 45 cm away; landmark 168 where the canonical bridge projects, plus noise (uv). */
function result(timestampMs: number, x: number, landmarkNoise: number, poseNoiseCm: number, random: () => number): RecordedResult {
  const transform = [1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, x + poseNoiseCm * gaussian(random), -2, -45, 1]
  const poses = createAnchorPoses()
  computeAnchorPoses([1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, x, -2, -45, 1], [], camera, poses)
  const uv = new Float64Array(2)
  projectToUv(poses.noseBridge.position, camera, uv)
  const landmarks = new Array<number>(LANDMARK_COUNT * 3).fill(0)
  const set = (i: number, u: number, v: number): void => {
    landmarks[3 * i] = u
    landmarks[3 * i + 1] = v
  }
  set(168, uv[0]! + landmarkNoise * gaussian(random), uv[1]! + landmarkNoise * gaussian(random))
  // Eye corners 0.05 either side: IOD 0.1 of the width (64 px).
  for (const i of [33, 133]) set(i, uv[0]! - 0.05, uv[1]!)
  for (const i of [263, 362]) set(i, uv[0]! + 0.05, uv[1]!)
  return { timestampMs, transform, landmarks }
}

function still(n: number, landmarkNoise: number, poseNoiseCm: number, seed = 1): RecordedResult[] {
  const random = mulberry32(seed)
  return Array.from({ length: n }, (_, k) => result(1000 + k * DT_MS, 0, landmarkNoise, poseNoiseCm, random))
}

describe('replayChain', () => {
  it('draws the bridge on landmark 168 without motion when nothing is noisy', () => {
    const c = replayChain(still(40, 0, 0), SIZE, params(0.5))
    const f = chainFigures(c, false)
    expect(f.jitterIodRms).toBeCloseTo(0, 6)
    expect(f.alignErrIodP95).toBeLessThan(0.01)
    expect(c.renders.length).toBe(1) // later results would draw the same picture
  })

  it('smooths landmark noise harder with a lower residual cutoff', () => {
    const results = still(150, 0.002, 0.02)
    const loose = chainFigures(replayChain(results, SIZE, params(1)), false)
    const tight = chainFigures(replayChain(results, SIZE, params(0.1)), false)
    expect(loose.jitterIodRms!).toBeLessThan(loose.rawJitterIodRms!)
    expect(tight.jitterIodRms!).toBeLessThan(0.6 * loose.jitterIodRms!)
  })

  it('measures jitter with the real timestamps: the same results twice as fast are smoothed harder', () => {
    const slow = still(150, 0.002, 0.02)
    const fast = slow.map((r, k) => ({ ...r, timestampMs: 1000 + (k * DT_MS) / 2 }))
    const a = chainFigures(replayChain(slow, SIZE, params(0.5)), false).jitterIodRms!
    const b = chainFigures(replayChain(fast, SIZE, params(0.5)), false).jitterIodRms!
    expect(b).toBeLessThan(0.8 * a)
  })

  it('counts a long timestamp gap as missed results, so no jitter step spans it', () => {
    const results = still(20, 0, 0)
    const later = result(1000 + 19 * DT_MS + 5 * DT_MS, 3, 0, 0, mulberry32(1)) // 4 missed, head moved 3 cm
    const c = replayChain([...results, later], SIZE, params(0.5))
    expect(c.results.filter((r) => !r.tracked)).toHaveLength(4)
    // The face was lost (≥ 3 misses): the chain restarts and shows the new place at once, and
    // the jump is not a jitter step.
    expect(chainFigures(c, false).jitterIodRms).toBeCloseTo(0, 6)
    const last = c.renders[c.renders.length - 1]!.bridgeUv!
    expect(last[0]).toBeCloseTo(later.landmarks[168 * 3]!, 3)
  })

  it('finds no lag when high cutoffs follow a sway, and lag when both filters are slow', () => {
    const random = mulberry32(3)
    const moving = Array.from({ length: 150 }, (_, k) => result(1000 + k * DT_MS, 6 * Math.sin(k / 6), 0, 0, random))
    const f = chainFigures(replayChain(moving, SIZE, { pose: { positionMinCutoffHz: 3, positionBeta: 3 }, residualCutoffHz: 0.5 }), true)
    const slow = chainFigures(replayChain(moving, SIZE, { pose: { positionMinCutoffHz: 0.1, positionBeta: 0 }, residualCutoffHz: 0.1 }), true)
    expect(Math.abs(f.lagFrames!)).toBeLessThanOrEqual(0.5)
    expect(slow.lagFrames!).toBeGreaterThan(1)
    expect(slow.alignErrIodP95!).toBeGreaterThan(f.alignErrIodP95!)
  })
})
