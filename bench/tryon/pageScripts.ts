/**
 * Functions that run inside the app page (through `inPage`), so they must be self-contained: no
 * imports or outer variables at run time, only types. They read `window.__vitrine`, which the app
 * sets with `?debug` once tracking runs (App.tsx).
 */
import type { Page } from 'playwright'
import type { RenderStats } from '../../src/render/renderStats'
import type { FaceSession } from '../../src/vision/FaceSession'
import type { measureRawDetect } from '../../src/vision/rawDetectBench'
import type { Collection, RecordedResult, RenderSample, ResultSample, TrackerCounts } from './types'

export interface VitrineHandle {
  session: FaceSession
  renderStats: RenderStats
  backend: string
  /** With `?bench`, once its chunk has loaded. */
  measureRawDetect?: typeof measureRawDetect
}

interface BenchWindow {
  __vitrine?: VitrineHandle
  __vitrineCollector?: { stop: () => Collection; tracked: () => number }
}

/**
 * Runs `fn(arg)` in the page and returns its (awaited) result. The function goes over as source
 * text: tsx compiles with esbuild's keepNames, which wraps named inner functions in a `__name`
 * helper the page does not have, so one is passed in.
 */
export async function inPage<A, R>(page: Page, fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> {
  return (await page.evaluate(`((__name) => (${fn.toString()})(${JSON.stringify(arg) ?? 'undefined'}))((f) => f)`)) as R
}

/** Resolves with the `vitrine:ready` detail (install before clicking "Allow camera"). */
export function waitForReady(timeoutMs: number): Promise<{ backend: string; delegate: string }> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`vitrine: no vitrine:ready event within ${timeoutMs} ms`)), timeoutMs)
    window.addEventListener(
      'vitrine:ready',
      (event) => {
        clearTimeout(timer)
        resolve((event as CustomEvent<{ backend: string; delegate: string }>).detail)
      },
      { once: true },
    )
  })
}

/** Waits for the first result with a face (up to `faceTimeoutMs`), then `settleMs` more. True if a face came. */
export function warmUp({ faceTimeoutMs, settleMs }: { faceTimeoutMs: number; settleMs: number }): Promise<boolean> {
  const { session } = (window as unknown as BenchWindow).__vitrine!
  return new Promise((resolve) => {
    let face = false
    const finish = () => {
      unsubscribe()
      setTimeout(() => resolve(face), settleMs)
    }
    const timer = setTimeout(finish, faceTimeoutMs)
    const unsubscribe = session.subscribe((_result, frame) => {
      if (!frame.tracked || face) return
      face = true
      clearTimeout(timer)
      finish()
    })
  })
}

/**
 * Bare detectForVideo times with the try-on paused: the tracker stops being fed (detach), the
 * baseline worker times `frames` frames, then the tracker follows the video again.
 */
export async function measureRaw({ frames, delegate }: { frames: number; delegate: 'GPU' | 'CPU' | 'auto' }): Promise<number[]> {
  const handle = (window as unknown as BenchWindow).__vitrine!
  const started = performance.now()
  while (!handle.measureRawDetect) {
    if (performance.now() - started > 20_000) throw new Error('vitrine: measureRawDetect never appeared (is ?bench in the URL?)')
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  const { session } = handle
  session.tracker.detach()
  try {
    return await handle.measureRawDetect(session.camera.video, frames, delegate)
  } finally {
    session.tracker.attach(session.camera.video)
  }
}

/**
 * Starts recording every tracker result (FaceSession.subscribe) and every render
 * (`renderStats.onFrame`). Read out with
 * `stopCollector`.
 */
export function startCollector({ record }: { record: boolean }): void {
  const w = window as unknown as BenchWindow
  const { session, renderStats } = w.__vitrine!
  const video = session.camera.video
  const stats = session.tracker.stats
  const counts = (): TrackerCounts => ({
    videoFrames: stats.videoFrames, framesSkipped: stats.framesSkipped, framesSent: stats.framesSent, framesDropped: stats.framesDropped,
  })
  const before = counts()
  const started = performance.now()
  const results: ResultSample[] = []
  const renders: RenderSample[] = []
  const transforms: number[][] = []
  const recorded: RecordedResult[] = []
  const unsubscribe = session.subscribe((_result, frame) => {
    let lm168: [number, number] | null = null
    let iodPx: number | null = null
    if (frame.tracked) {
      const l = frame.landmarks
      const vw = video.videoWidth
      const vh = video.videoHeight
      lm168 = [l[168 * 3]!, l[168 * 3 + 1]!]
      // Eye centres: mean of the corners 33 and 133, and of 263 and 362.
      const ax = (l[33 * 3]! + l[133 * 3]!) / 2
      const ay = (l[33 * 3 + 1]! + l[133 * 3 + 1]!) / 2
      const bx = (l[263 * 3]! + l[362 * 3]!) / 2
      const by = (l[263 * 3 + 1]! + l[362 * 3 + 1]!) / 2
      iodPx = Math.hypot((ax - bx) * vw, (ay - by) * vh)
      if (record) {
        const transform = Array.from(frame.transform, (x) => Math.round(x * 1e6) / 1e6)
        transforms.push(transform)
        // What the page's smoothing and anchor chain reads, so a tuning tool can replay it whole.
        recorded.push({ timestampMs: frame.timestampMs, transform, landmarks: Array.from(l, (x) => Math.round(x * 1e6) / 1e6) })
      }
    }
    results.push({ t: performance.now(), framesAt: renderStats.frames, tracked: frame.tracked, inferenceMs: frame.inferenceMs,
      latencyMs: frame.latencyMs, lm168, iodPx })
  })
  // Each render as it is drawn (a requestAnimationFrame poll would keep the page's frame loop
  // awake, costing the CPU the tracker is timed on).
  renderStats.onFrame = () => {
    const uv = renderStats.bridgeVisible ? ([renderStats.bridgeUv[0]!, renderStats.bridgeUv[1]!] as [number, number]) : null
    renders.push({ frames: renderStats.frames, renderMs: renderStats.renderMs, bridgeUv: uv })
  }
  w.__vitrineCollector = {
    tracked: () => results.filter((r) => r.tracked).length,
    stop: () => {
      renderStats.onFrame = undefined
      unsubscribe()
      const after = counts()
      return {
        videoWidth: video.videoWidth,
        videoHeight: video.videoHeight,
        durationMs: performance.now() - started,
        results,
        renders,
        counts: {
          videoFrames: after.videoFrames - before.videoFrames,
          framesSkipped: after.framesSkipped - before.framesSkipped,
          framesSent: after.framesSent - before.framesSent,
          framesDropped: after.framesDropped - before.framesDropped,
        },
        transforms,
        recorded,
      }
    },
  }
}

/** Tracked results collected so far. */
export function collectedTracked(): number {
  return (window as unknown as BenchWindow).__vitrineCollector?.tracked() ?? 0
}

/** Stops the collector and hands everything over in one go. */
export function stopCollector(): Collection {
  const w = window as unknown as BenchWindow
  const collector = w.__vitrineCollector
  if (!collector) throw new Error('vitrine: no collector running')
  w.__vitrineCollector = undefined
  return collector.stop()
}

/**
 * Clicks "Allow camera" and times, with the page's clock, until the first render that shows the
 * glasses on a face (`renderStats.bridgeVisible`). Also notes when `vitrine:ready` fired.
 * Null fields: it did not happen within `timeoutMs`.
 */
export function timeFirstTryOn(timeoutMs: number): Promise<{ firstTryOnMs: number | null; readyMs: number | null; visibleAtReady: boolean }> {
  const w = window as unknown as BenchWindow
  const button = Array.from(document.querySelectorAll('button')).find((b) => b.textContent?.trim() === 'Allow camera')
  if (!button) throw new Error('vitrine: no "Allow camera" button on the page')
  let readyMs: number | null = null
  let visibleAtReady = false
  const clickedAt = performance.now()
  window.addEventListener('vitrine:ready', () => {
    readyMs = performance.now() - clickedAt
    visibleAtReady = w.__vitrine?.renderStats?.bridgeVisible ?? false
  }, { once: true })
  button.click()
  return new Promise((resolve) => {
    const poll = () => {
      const now = performance.now()
      if (w.__vitrine?.renderStats?.bridgeVisible) resolve({ firstTryOnMs: now - clickedAt, readyMs, visibleAtReady })
      else if (now - clickedAt > timeoutMs) resolve({ firstTryOnMs: null, readyMs, visibleAtReady })
      else requestAnimationFrame(poll)
    }
    requestAnimationFrame(poll)
  })
}
