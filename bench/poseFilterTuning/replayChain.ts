import { createAnchorPoses } from '../../src/core/face/computeAnchors'
import { FacePoseChain } from '../../src/core/face/FacePoseChain'
import { FACE_LOST_AFTER_FRAMES } from '../../src/core/face/FacePresence'
import { PoseChange } from '../../src/core/face/PoseChange'
import { projectToUv } from '../../src/core/face/projectToUv'
import { MEDIAPIPE_VERTICAL_FOV_DEG, type FaceResult, type TrackingCamera } from '../../src/core/face/types'
import type { PoseFilterParams } from '../../src/core/filters/PoseFilter'
import { alignErrIodP95, jitterIodRms, lagFrames, renderedPairs, type IndexedPoint } from '../tryon/metrics'
import type { Collection, RecordedResult, RenderSample, ResultSample } from '../tryon/types'

/** Everything the per-result chain takes: the pose filter's parameters and the anchor residual cutoff. */
export interface ChainParams {
  pose: Partial<PoseFilterParams>
  residualCutoffHz: number
}

/** A gap this many times the median result interval counts as missed (untracked) results. */
const MISSED_GAP_RATIO = 2.5

/** The anchor the renderer hangs glasses on. */
const BRIDGE = 'noseBridge'

/**
 * Replays FaceSession's per-result chain (the same FacePoseChain: PoseFilter → computeAnchorPoses →
 * AnchorRefiner, fresh filters, the results' own timestamps) and returns what the browser benchmark would have
 * collected: one result per recorded result (plus untracked ones where the timestamps show
 * missed results), and one render per result that would redraw (PoseChange), carrying the nose
 * bridge's projected uv. Feed it to bench/tryon/metrics.
 */
export function replayChain(
  results: readonly RecordedResult[],
  videoSize: readonly [number, number],
  params: ChainParams,
  /** Receives a copy of each result's filtered pose matrix, when given. */
  posesOut?: Float64Array[],
): Collection {
  const [videoWidth, videoHeight] = videoSize
  const camera: TrackingCamera = { verticalFovDeg: MEDIAPIPE_VERTICAL_FOV_DEG, aspect: videoWidth / videoHeight }
  const chain = new FacePoseChain(params.pose, params.residualCutoffHz)
  const change = new PoseChange()
  const face = { tracked: true, poseMatrix: new Float64Array(16), anchors: createAnchorPoses() } as FaceResult
  const typicalDtMs = medianStep(results)
  const samples: ResultSample[] = []
  const renders: RenderSample[] = []
  const uv = new Float64Array(2)
  for (let k = 0; k < results.length; k++) {
    const r = results[k]!
    const dt = k > 0 ? r.timestampMs - results[k - 1]!.timestampMs : 0
    const missed = dt > MISSED_GAP_RATIO * typicalDtMs ? Math.round(dt / typicalDtMs) - 1 : 0
    for (let m = 0; m < missed; m++) samples.push(untracked(r.timestampMs, renders.length))
    if (missed >= FACE_LOST_AFTER_FRAMES) {
      // FaceSession resets on loss; the first result back is a redraw (tracked flips).
      chain.reset()
      change.reset()
    }
    chain.update(r.transform, r.landmarks, camera, r.timestampMs / 1000, face)
    posesOut?.push(Float64Array.from(face.poseMatrix))
    samples.push(tracked(r, renders.length, videoWidth, videoHeight))
    if (change.update(face, BRIDGE)) {
      projectToUv(face.anchors[BRIDGE].position, camera, uv)
      renders.push({ frames: renders.length + 1, renderMs: 0, bridgeUv: [uv[0]!, uv[1]!] })
    }
  }
  const durationMs = results.length > 1 ? results[results.length - 1]!.timestampMs - results[0]!.timestampMs : 0
  const counts = { videoFrames: samples.length, framesSkipped: 0, framesSent: samples.length, framesDropped: 0 }
  return { videoWidth, videoHeight, durationMs, results: samples, renders, counts, transforms: [], recorded: [] }
}

/** The try-on benchmark's figures of a replayed collection (bench/tryon/metrics), unrounded. */
export interface ChainFigures {
  /** RMS step of the drawn bridge point, % IOD. */
  jitterIodRms: number | null
  /** The same for raw landmark 168. */
  rawJitterIodRms: number | null
  alignErrIodP95: number | null
  lagFrames: number | null
}

export function chainFigures(c: Collection, moving: boolean): ChainFigures {
  const pairs = renderedPairs(c)
  const raw: IndexedPoint[] = []
  c.results.forEach((r, index) => {
    if (r.tracked && r.lm168 && r.iodPx) raw.push({ index, px: [r.lm168[0] * c.videoWidth, r.lm168[1] * c.videoHeight], iodPx: r.iodPx })
  })
  return {
    jitterIodRms: moving ? null : jitterIodRms(pairs.map((p) => ({ index: p.result, px: p.bridgePx, iodPx: p.iodPx }))),
    rawJitterIodRms: moving ? null : jitterIodRms(raw),
    alignErrIodP95: alignErrIodP95(pairs),
    lagFrames: moving ? lagFrames(c, pairs) : null,
  }
}

function medianStep(results: readonly RecordedResult[]): number {
  const steps: number[] = []
  for (let k = 1; k < results.length; k++) steps.push(results[k]!.timestampMs - results[k - 1]!.timestampMs)
  steps.sort((a, b) => a - b)
  return steps.length > 0 ? steps[steps.length >> 1]! : Infinity
}

function untracked(t: number, framesAt: number): ResultSample {
  return { t, framesAt, tracked: false, inferenceMs: 0, latencyMs: 0, lm168: null, iodPx: null }
}

/** As the page's collector records it: landmark 168 and the eye-centre distance in pixels. */
function tracked(r: RecordedResult, framesAt: number, w: number, h: number): ResultSample {
  const l = r.landmarks
  const ax = (l[33 * 3]! + l[133 * 3]!) / 2
  const ay = (l[33 * 3 + 1]! + l[133 * 3 + 1]!) / 2
  const bx = (l[263 * 3]! + l[362 * 3]!) / 2
  const by = (l[263 * 3 + 1]! + l[362 * 3 + 1]!) / 2
  const lm168: [number, number] = [l[168 * 3]!, l[168 * 3 + 1]!]
  return { t: r.timestampMs, framesAt, tracked: true, inferenceMs: 0, latencyMs: 0, lm168, iodPx: Math.hypot((ax - bx) * w, (ay - by) * h) }
}
