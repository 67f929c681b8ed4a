import { describe, expect, it } from 'vitest'
import { alignErrIodP95, drawnResults, jitterIodRms, renderedPairs, videoFigures } from '../../../bench/tryon/metrics'
import type { Collection, RenderSample, ResultSample } from '../../../bench/tryon/types'

const W = 640
const H = 480

function result(framesAt: number, lm168: [number, number] | null, iodPx = 64): ResultSample {
  return { t: framesAt * 50, framesAt, tracked: lm168 !== null, inferenceMs: 40, latencyMs: 60, lm168, iodPx: lm168 ? iodPx : null }
}

function render(frames: number, bridgeUv: [number, number] | null): RenderSample {
  return { frames, renderMs: 2, bridgeUv }
}

function collection(results: ResultSample[], renders: RenderSample[]): Collection {
  const counts = { videoFrames: 0, framesSkipped: 0, framesSent: results.length, framesDropped: 0 }
  return { videoWidth: W, videoHeight: H, durationMs: 1000, results, renders, counts, transforms: [], recorded: [] }
}

describe('drawnResults', () => {
  it('pairs each render with the last result that arrived before it', () => {
    // Results arrive while 0, 1, 1 and 3 renders were done.
    const results = [result(0, [0.5, 0.5]), result(1, [0.5, 0.5]), result(1, [0.5, 0.5]), result(3, [0.5, 0.5])]
    const renders = [render(1, null), render(2, null), render(3, null), render(4, null)]
    expect(drawnResults(results, renders)).toEqual([0, 2, 2, 3])
  })

  it('gives -1 for a render before any result', () => {
    expect(drawnResults([result(1, null)], [render(1, null)])).toEqual([-1])
  })
})

describe('renderedPairs', () => {
  it('pairs each tracked result with its own render, in video pixels', () => {
    const results = [result(0, [0.5, 0.25]), result(1, null), result(2, [0.5, 0.25])]
    const renders = [render(1, [0.5, 0.25]), render(2, null), render(3, [0.75, 0.5]), render(4, [0.75, 0.5])]
    const pairs = renderedPairs(collection(results, renders))
    expect(pairs.map((p) => [p.result, p.carried])).toEqual([[0, false], [2, false]])
    expect(pairs[1]!.bridgePx).toEqual([480, 240])
    expect(pairs[1]!.lmPx).toEqual([320, 120])
  })

  it('gives a result that caused no redraw the drawing still on screen', () => {
    // Result 1 moved nothing visibly: no render between it and result 2 (both arrive after render 1).
    const results = [result(0, [0.5, 0.5]), result(1, [0.5, 0.5]), result(1, [0.6, 0.5])]
    const renders = [render(1, [0.4, 0.5]), render(2, [0.6, 0.5])]
    const pairs = renderedPairs(collection(results, renders))
    expect(pairs.map((p) => [p.result, p.carried, p.bridgeUv[0]])).toEqual([[0, false, 0.4], [1, true, 0.4], [2, false, 0.6]])
    const f = videoFigures(collection(results, renders), false)
    expect([f.rendersTracked, f.redrawsSkipped]).toEqual([2, 1])
  })

  it('leaves out results before the first observed render', () => {
    // Result 0 caused no redraw; what was on screen then predates the collection.
    const results = [result(0, [0.5, 0.5]), result(0, [0.5, 0.5])]
    expect(renderedPairs(collection(results, [render(1, [0.5, 0.5])])).map((p) => p.result)).toEqual([1])
  })
})

describe('jitterIodRms', () => {
  it('is the RMS step in % of the IOD, over consecutive indices only', () => {
    const points = [
      { index: 0, px: [0, 0] as const, iodPx: 100 },
      { index: 1, px: [3, 4] as const, iodPx: 100 }, // step 5 px = 5%
      { index: 3, px: [100, 100] as const, iodPx: 100 }, // gap: not a step
      { index: 4, px: [100, 101] as const, iodPx: 100 }, // step 1%
    ]
    expect(jitterIodRms(points)).toBeCloseTo(Math.sqrt((25 + 1) / 2))
    expect(jitterIodRms(points.slice(0, 1))).toBeNull()
  })
})

describe('alignErrIodP95', () => {
  it('measures the rendered point against landmark 168 of the drawn frame, in % of its IOD', () => {
    const pairs = Array.from({ length: 20 }, (_, i) => ({
      result: i, bridgeUv: [0, 0] as [number, number], bridgePx: [i === 19 ? 10 : 1, 0] as [number, number],
      lmPx: [0, 0] as [number, number], iodPx: 50, carried: false,
    }))
    // 19 errors of 2% and one of 20%: p95 interpolates between them.
    expect(alignErrIodP95(pairs)).toBeCloseTo(2 + 0.05 * 18)
  })
})

describe('videoFigures', () => {
  it('gives counts and null face figures for a video with no face', () => {
    const results = Array.from({ length: 30 }, (_, i) => result(i, null))
    const renders = Array.from({ length: 30 }, (_, i) => render(i + 1, null))
    const f = videoFigures(collection(results, renders), false)
    expect(f.frames).toBe(30)
    expect(f.framesTracked).toBe(0)
    expect(f.trackMsP50).toBe(40)
    expect(f.resultsPerSec).toBe(30)
    expect([f.alignErrIodP95, f.jitterIodRms, f.rawJitterIodRms, f.noseBridgeUv, f.iodPxP50]).toEqual([null, null, null, null, null])
    expect(videoFigures(collection(results, renders), true).lagFrames).toBeNull()
  })

  it('finds the lag of a rendered point that trails the landmark by two results', () => {
    const at = (k: number): [number, number] => [0.5 + 0.2 * Math.sin((2 * Math.PI * k) / 40), 0.45 + 0.05 * Math.sin((2 * Math.PI * k) / 27)]
    const results = Array.from({ length: 120 }, (_, k) => result(k, at(k)))
    const renders = Array.from({ length: 120 }, (_, k) => render(k + 1, at(k - 2)))
    const f = videoFigures(collection(results, renders), true)
    expect(f.lagFrames).toBeCloseTo(2, 1)
    expect(f.noseBridgeUv![0]).toBeCloseTo(0.5, 1)
    expect(f.framesTracked).toBe(120)
    expect(f.jitterIodRms).toBeNull() // a moving face has no jitter figure
  })

  it('measures still-face jitter of the rendered point and of the raw landmark', () => {
    const results = Array.from({ length: 40 }, (_, k) => result(k, [0.5 + (k % 2) * 0.001, 0.5], 64))
    const renders = Array.from({ length: 40 }, (_, k) => render(k + 1, [0.5, 0.5]))
    const f = videoFigures(collection(results, renders), false)
    expect(f.jitterIodRms).toBe(0)
    expect(f.rawJitterIodRms).toBeCloseTo((100 * 0.64) / 64, 3) // 0.001 × 640 px = 0.64 px each step
    expect(f.lagFrames).toBeNull()
  })
})
