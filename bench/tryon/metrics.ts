import { crossCorrelationShift, median, percentile, rms } from './stats'
import type { Collection, RenderSample, ResultSample, VideoFigures } from './types'

/** A tracked result as shown: where the glasses' bridge point was drawn and where landmark 168 was. */
export interface RenderedPair {
  /** Index of the result in `Collection.results`. */
  result: number
  bridgeUv: [number, number]
  bridgePx: [number, number]
  lmPx: [number, number]
  iodPx: number
  /** No render of its own (the pose did not change visibly): the previous drawing stayed on screen. */
  carried: boolean
}

/**
 * The result each render drew: the last one that arrived before it (a result arriving while
 * `renderStats.frames` was f is drawn by render f + 1 at the latest). -1 when none had arrived.
 */
export function drawnResults(results: readonly ResultSample[], renders: readonly RenderSample[]): number[] {
  const drawn: number[] = []
  let r = -1
  for (const render of renders) {
    while (r + 1 < results.length && results[r + 1]!.framesAt < render.frames) r++
    drawn.push(r)
  }
  return drawn
}

/**
 * Every tracked result with the bridge point shown over it: its own render's (the first render
 * that drew it), or, when it caused none (RenderDriver skips redraws that would not change the
 * picture), the last drawing, still on screen. Results before the first observed render are left out.
 */
export function renderedPairs(c: Collection): RenderedPair[] {
  const drawn = drawnResults(c.results, c.renders)
  const own = new Map<number, [number, number] | null>()
  for (let i = 0; i < c.renders.length; i++) {
    const r = drawn[i]!
    if (r >= 0 && !own.has(r)) own.set(r, c.renders[i]!.bridgeUv)
  }
  let shown: [number, number] | null | undefined // undefined: nothing observed yet
  let next = 0
  const pairs: RenderedPair[] = []
  for (let r = 0; r < c.results.length; r++) {
    // Renders up to the next result's arrival: the last one is what stays over this result's frame.
    const limit = r + 1 < c.results.length ? c.results[r + 1]!.framesAt : Infinity
    while (next < c.renders.length && c.renders[next]!.frames <= limit) shown = c.renders[next++]!.bridgeUv
    const result = c.results[r]!
    const uv = own.has(r) ? own.get(r) : shown
    if (!uv || !result.tracked || !result.lm168 || !result.iodPx) continue
    pairs.push({
      result: r,
      bridgeUv: uv,
      bridgePx: [uv[0] * c.videoWidth, uv[1] * c.videoHeight],
      lmPx: [result.lm168[0] * c.videoWidth, result.lm168[1] * c.videoHeight],
      iodPx: result.iodPx,
      carried: !own.has(r),
    })
  }
  return pairs
}

/** A point per tracker-result index, with the IOD it is measured against. */
export interface IndexedPoint {
  index: number
  px: readonly [number, number]
  iodPx: number
}

/**
 * Frame-to-frame motion of a point, RMS, in % of the IOD. Only steps between consecutive result
 * indices count (a step across a missed or undrawn frame would be two steps in one). Null with no step.
 */
export function jitterIodRms(points: readonly IndexedPoint[]): number | null {
  const steps: number[] = []
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!
    const b = points[i]!
    if (b.index !== a.index + 1) continue
    steps.push((100 * Math.hypot(b.px[0] - a.px[0], b.px[1] - a.px[1])) / ((a.iodPx + b.iodPx) / 2))
  }
  return rms(steps)
}

/** p95 of |rendered bridge point − landmark 168 of the drawn frame| in % of that frame's IOD. */
export function alignErrIodP95(pairs: readonly RenderedPair[]): number | null {
  return percentile(pairs.map((p) => (100 * Math.hypot(p.bridgePx[0] - p.lmPx[0], p.bridgePx[1] - p.lmPx[1])) / p.iodPx), 95)
}

/**
 * How many tracker-result frames the rendered bridge trajectory trails raw landmark 168
 * (fractional, least squares over shifts of 0.05 frame, constant offset removed).
 */
export function lagFrames(c: Collection, pairs: readonly RenderedPair[]): number | null {
  const none: number[] = []
  const reference = c.results.map((r) => (r.tracked && r.lm168 ? [r.lm168[0] * c.videoWidth, r.lm168[1] * c.videoHeight] : none))
  const signal: number[][] = c.results.map(() => none)
  for (const p of pairs) signal[p.result] = p.bridgePx
  return crossCorrelationShift(signal, reference, { minShift: -2, maxShift: 10, step: 0.05 })
}

const round = (x: number | null, digits: number): number | null => (x === null ? null : Number(x.toFixed(digits)))

/**
 * All figures of one video's collection. `moving`: the face moves, so lag is measured and jitter
 * is not (on a still face it is the other way round).
 */
export function videoFigures(c: Collection, moving: boolean): VideoFigures {
  const tracked = c.results.filter((r) => r.tracked)
  const pairs = renderedPairs(c)
  const rawPoints: IndexedPoint[] = []
  c.results.forEach((r, index) => {
    if (r.tracked && r.lm168 && r.iodPx) rawPoints.push({ index, px: [r.lm168[0] * c.videoWidth, r.lm168[1] * c.videoHeight], iodPx: r.iodPx })
  })
  const rendered: IndexedPoint[] = pairs.map((p) => ({ index: p.result, px: p.bridgePx, iodPx: p.iodPx }))
  const u = median(pairs.map((p) => p.bridgeUv[0]))
  const v = median(pairs.map((p) => p.bridgeUv[1]))
  const renderMs = c.renders.map((r) => r.renderMs)
  return {
    frames: c.results.length,
    framesTracked: tracked.length,
    renders: c.renders.length,
    rendersTracked: pairs.length - pairs.filter((p) => p.carried).length,
    redrawsSkipped: pairs.filter((p) => p.carried).length,
    trackMsP50: round(percentile(c.results.map((r) => r.inferenceMs), 50), 2),
    trackMsP95: round(percentile(c.results.map((r) => r.inferenceMs), 95), 2),
    latencyMsP50: round(percentile(c.results.map((r) => r.latencyMs), 50), 2),
    resultsPerSec: Number(((1000 * c.results.length) / Math.max(1, c.durationMs)).toFixed(2)),
    renderMsP50: round(percentile(renderMs, 50), 2),
    renderMsP95: round(percentile(renderMs, 95), 2),
    droppedFrames: c.counts.framesDropped,
    skippedFrames: c.counts.framesSkipped,
    alignErrIodP95: round(alignErrIodP95(pairs), 3),
    jitterIodRms: moving ? null : round(jitterIodRms(rendered), 3),
    rawJitterIodRms: moving ? null : round(jitterIodRms(rawPoints), 3),
    lagFrames: moving ? lagFrames(c, pairs) : null,
    noseBridgeUv: u === null || v === null ? null : [Number(u.toFixed(4)), Number(v.toFixed(4))],
    iodPxP50: round(median(tracked.map((r) => r.iodPx ?? NaN)), 1),
  }
}
