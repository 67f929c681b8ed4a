import type { VideoRun } from './browserSession'
import { videoFigures } from './metrics'
import { TARGETS, verdict, type Verdict } from './report'
import { percentile } from './stats'
import type { VideoFigures } from './types'

/** How the bare-detect baseline is measured (printed with it). */
export const RAW_METHOD = 'same page, try-on paused (tracker detached), timed right before and right after the collection (pooled), same video, model, options and delegate'

export interface SummaryInput {
  still: VideoRun
  moving: VideoRun | undefined
  initialJs: { kb: number; files: string[] }
  renderer: string
  collectSec: number
  videos: { still: string; moving: string | null }
  machine: { cpus: number; loadAvg1mAtStart: number; loadAvg1mAtEnd: number }
  recording: string | null
}

const round = (x: number | null | undefined, digits = 2): number | null => (x === null || x === undefined ? null : Number(x.toFixed(digits)))

/**
 * The benchmark's JSON object: the headline figures (timings and counts from the still video,
 * lag and moving alignment from the moving one), each target's verdict, how they were measured,
 * and every figure of each video under `still` / `moving`.
 */
export function summarise(input: SummaryInput) {
  const { still, moving } = input
  const s: VideoFigures = videoFigures(still.collection, false)
  const m: VideoFigures | undefined = moving ? videoFigures(moving.collection, true) : undefined
  const rawMsP50 = round(percentile(still.rawMs, 50))
  const figures = {
    frames: s.frames,
    framesTracked: s.framesTracked,
    trackMsP50: s.trackMsP50,
    trackMsP95: s.trackMsP95,
    rawMsP50,
    rawMsP95: round(percentile(still.rawMs, 95)),
    overheadRatio: s.trackMsP50 !== null && rawMsP50 ? round(s.trackMsP50 / rawMsP50, 3) : null,
    latencyMsP50: s.latencyMsP50,
    resultsPerSec: s.resultsPerSec,
    renderMsP50: s.renderMsP50,
    renderMsP95: s.renderMsP95,
    droppedFrames: s.droppedFrames,
    firstTryOnMs: round(still.firstTryOn?.firstTryOnMs, 0),
    jitterIodRms: s.jitterIodRms,
    rawJitterIodRms: s.rawJitterIodRms,
    lagFrames: m?.lagFrames ?? null,
    alignErrIodP95: s.alignErrIodP95,
    alignErrIodP95Moving: m?.alignErrIodP95 ?? null,
    initialJsGzKb: input.initialJs.kb,
    backend: still.backend,
    delegate: still.delegate,
    noseBridgeUv: s.noseBridgeUv,
  }
  const targets: Record<string, { max: number; unit: string; value: number | null; verdict: Verdict }> = {}
  for (const t of TARGETS) {
    const value = figures[t.key as keyof typeof figures] as number | null
    targets[t.key] = { max: t.max, unit: t.unit, value, verdict: verdict(value, t.max) }
  }
  return {
    ...figures,
    targets,
    rawMethod: RAW_METHOD,
    rawFrames: still.rawMs.length,
    /** Bare detect p50 before and after the collection apart: how much the machine drifted meanwhile. */
    rawMsP50Before: round(percentile(still.rawMsBefore, 50)),
    rawMsP50After: round(percentile(still.rawMsAfter, 50)),
    /** Click → vitrine:ready; the first try-on is timed after it (an upper bound otherwise). */
    firstTryOnReadyMs: round(still.firstTryOn?.readyMs, 0),
    initialJsFiles: input.initialJs.files,
    renderer: input.renderer,
    collectSec: input.collectSec,
    videos: input.videos,
    faceSeen: still.faceSeen,
    still: s,
    moving: m ?? null,
    videoSize: [still.collection.videoWidth, still.collection.videoHeight],
    machine: input.machine,
    recording: input.recording,
  }
}

export type Summary = ReturnType<typeof summarise>
