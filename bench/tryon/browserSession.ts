import { chromium, type Browser, type BrowserContext } from 'playwright'
import { BASE_FLAGS, CHROMIUM_PATH, WEBGPU_FLAGS, fakeCameraFlags } from '../../test/e2e/support/chromium'
import { collectedTracked, inPage, measureRaw, startCollector, stopCollector, timeFirstTryOn, waitForReady, warmUp } from './pageScripts'
import type { Collection } from './types'

export interface VideoRunOptions {
  /** Preview server origin. */
  baseUrl: string
  /** y4m played by the fake camera. */
  video: string
  /** `webgpu`/`webgl2`, or undefined for the app's choice. */
  renderer: string | undefined
  /** Seconds after the first face before measuring. */
  warmupSec: number
  /** Seconds of collection. */
  collectSec: number
  /** Keep collecting (up to 4× collectSec) until this many tracked results. */
  minTracked: number
  /** Bare-detect frames to time (0: skip), plus `rawWarmupFrames` dropped first. */
  rawFrames: number
  rawWarmupFrames: number
  /** Also time a first try-on in a fresh context afterwards. */
  firstTryOn: boolean
  record: boolean
  log: (line: string) => void
}

export interface VideoRun {
  backend: string
  delegate: string
  faceSeen: boolean
  /** Bare detect times, before and after the collection together. */
  rawMs: number[]
  rawMsBefore: number[]
  rawMsAfter: number[]
  collection: Collection
  firstTryOn: { firstTryOnMs: number | null; readyMs: number | null; visibleAtReady: boolean } | undefined
}

const VIEWPORT = { width: 960, height: 720 }
const READY_TIMEOUT_MS = 90_000
const FACE_TIMEOUT_MS = 8_000
const FIRST_TRY_ON_TIMEOUT_MS = 60_000
/** The page's flag: window.__vitrine and the bare-detect baseline, and no overlay or probe (the shopper's page). */
const QUERY = 'bench'
/** The first try-on is timed without `bench` (its chunk would load during the measurement). */
const FIRST_TRY_ON_QUERY = 'debug&probe'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** One browser for one video (the fake camera is a launch flag): measures, then closes everything. */
export async function runVideo(o: VideoRunOptions): Promise<VideoRun> {
  const browser: Browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...BASE_FLAGS, ...WEBGPU_FLAGS, ...fakeCameraFlags(o.video)],
  })
  try {
    const renderer = o.renderer ? `&renderer=${o.renderer}` : ''
    const url = `${o.baseUrl}/?${QUERY}${renderer}`
    let context: BrowserContext = await browser.newContext({ viewport: VIEWPORT })
    const page = await context.newPage()
    const pageErrors: string[] = []
    page.on('pageerror', (error) => pageErrors.push(error.message))
    await page.goto(url)
    const ready = inPage(page, waitForReady, READY_TIMEOUT_MS)
    await page.getByRole('button', { name: 'Allow camera' }).click()
    const { backend, delegate } = await ready.catch((error: Error) => {
      throw new Error(`${error.message}${pageErrors.length ? ` (page errors: ${pageErrors.join('; ')})` : ''}`)
    })
    o.log(`  ready: ${backend}, ${delegate} delegate; warming up`)
    const faceSeen = await inPage(page, warmUp, { faceTimeoutMs: FACE_TIMEOUT_MS, settleMs: o.warmupSec * 1000 })
    // Bare detection is timed right before and right after the try-on's collection: the machine's
    // state drifts over a run (other processes, clocks), and bracketing the collection cancels a
    // drift that a single baseline on one side would count as overhead.
    const timeRaw = async (when: string): Promise<number[]> => {
      o.log(`  bare detectForVideo ${when}, ${o.rawFrames} frames (try-on paused)`)
      const times = await inPage(page, measureRaw, {
        frames: o.rawFrames + o.rawWarmupFrames,
        delegate: delegate === 'GPU' || delegate === 'CPU' ? delegate : 'auto',
      })
      return times.slice(o.rawWarmupFrames) // each run starts a worker of its own: drop its warm-up
    }
    const rawMsBefore = o.rawFrames > 0 ? await timeRaw('before') : []
    if (o.rawFrames > 0) await sleep(1000) // the tracker settles back in
    o.log(`  collecting ${o.collectSec} s (and until ${o.minTracked} tracked results)`)
    await inPage(page, startCollector, { record: o.record })
    await sleep(o.collectSec * 1000)
    // A p50 of a few dozen results moves by several percent between runs: collect longer on a slow machine.
    const deadline = Date.now() + 3 * o.collectSec * 1000
    while (Date.now() < deadline && (await inPage(page, collectedTracked, undefined)) < o.minTracked) await sleep(500)
    const collection = await inPage(page, stopCollector, undefined)
    const rawMsAfter = o.rawFrames > 0 ? await timeRaw('after') : []
    const rawMs = [...rawMsBefore, ...rawMsAfter]
    await context.close()

    let firstTryOn: VideoRun['firstTryOn']
    if (o.firstTryOn && faceSeen) {
      o.log('  first try-on, fresh context')
      context = await browser.newContext({ viewport: VIEWPORT })
      const fresh = await context.newPage()
      const freshErrors: string[] = []
      fresh.on('pageerror', (error) => freshErrors.push(error.message))
      fresh.on('crash', () => freshErrors.push('the page crashed'))
      await fresh.goto(`${o.baseUrl}/?${FIRST_TRY_ON_QUERY}${renderer}`)
      await fresh.getByRole('button', { name: 'Allow camera' }).waitFor()
      firstTryOn = await inPage(fresh, timeFirstTryOn, FIRST_TRY_ON_TIMEOUT_MS).catch((error: Error) => {
        throw new Error(`first try-on: ${error.message}${freshErrors.length ? ` (${freshErrors.join('; ')})` : ''}`)
      })
      await context.close()
    }
    return { backend, delegate, faceSeen, rawMs, rawMsBefore, rawMsAfter, collection, firstTryOn }
  } finally {
    await browser.close()
  }
}
