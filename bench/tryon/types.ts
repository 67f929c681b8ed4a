/** What the page hands back after one collection (see pageScripts.ts), and what is derived from it. */

/** One tracker result as the page saw it (FaceSession.subscribe). */
export interface ResultSample {
  /** Arrival on the main thread, ms (the page's performance.now()). */
  t: number
  /** `renderStats.frames` when the result arrived: the next render draws it. */
  framesAt: number
  /** `frame.tracked`: a face in this very frame. */
  tracked: boolean
  /** Worker-side `detectForVideo` time, ms. */
  inferenceMs: number
  /** Capture → result on the main thread, ms. */
  latencyMs: number
  /** Landmark 168 (between the eyes, where the bridge sits), normalised video coords; null untracked. */
  lm168: [number, number] | null
  /** Distance between the eye centres (mean of 33,133 and of 263,362), video pixels; null untracked. */
  iodPx: number | null
}

/** One render, seen by a requestAnimationFrame poll when `renderStats.frames` changed. */
export interface RenderSample {
  /** `renderStats.frames` after the render. */
  frames: number
  /** `renderStats.renderMs`: CPU time of the render, ms. */
  renderMs: number
  /** `renderStats.bridgeUv` when `bridgeVisible`, else null. */
  bridgeUv: [number, number] | null
}

/** Tracker counters over the collection (differences of `session.tracker.stats`). */
export interface TrackerCounts {
  videoFrames: number
  framesSkipped: number
  framesSent: number
  framesDropped: number
}

/** Everything one video's collection produced in the page. */
export interface Collection {
  videoWidth: number
  videoHeight: number
  durationMs: number
  results: ResultSample[]
  renders: RenderSample[]
  counts: TrackerCounts
  /** Raw facial transformation matrices of the tracked results, when recording (else empty). */
  transforms: number[][]
  /** Each tracked result as the page's smoothing received it, when recording (else empty). */
  recorded: RecordedResult[]
}

/** A tracked result as FaceSession received it: enough to replay smoothing and anchors offline. */
export interface RecordedResult {
  /** The camera frame's capture time, ms (the filters' clock). */
  timestampMs: number
  /** Raw facial transformation matrix, column-major. */
  transform: number[]
  /** 478 × (x, y, z) normalised landmarks. */
  landmarks: number[]
}

/** The figures of one video. Null: not measurable on this video (no face, too few frames). */
export interface VideoFigures {
  frames: number
  framesTracked: number
  renders: number
  /** Tracked results drawn by a render of their own. */
  rendersTracked: number
  /** Tracked results that caused no redraw (pose unchanged): the previous drawing stayed on screen. */
  redrawsSkipped: number
  trackMsP50: number | null
  trackMsP95: number | null
  latencyMsP50: number | null
  resultsPerSec: number
  renderMsP50: number | null
  renderMsP95: number | null
  droppedFrames: number
  skippedFrames: number
  /** % of IOD. */
  alignErrIodP95: number | null
  /** % of IOD, rendered bridge point (still video only). */
  jitterIodRms: number | null
  /** % of IOD, raw landmark 168 (still video only). */
  rawJitterIodRms: number | null
  /** Tracker-result frames the rendered bridge trails raw landmark 168 (moving video only). */
  lagFrames: number | null
  /** Median rendered bridge point, [u, v] in the source video (not mirrored). */
  noseBridgeUv: [number, number] | null
  iodPxP50: number | null
}
