import { spawn, type ChildProcess } from 'node:child_process'
import { join } from 'node:path'
import { chromium, type Browser, type Page } from 'playwright'
import { BASE_FLAGS, CHROMIUM_PATH, WEBGPU_FLAGS } from '../../test/e2e/support/chromium'
import { freePort } from '../tryon/server'

/** The mark the kiosk page sets when the attract loop's first frame is painted. */
const ATTRACT_MARK = 'vitrine:attract-visible'
const CONNECT_TIMEOUT_MS = 60_000
const ATTRACT_TIMEOUT_MS = 120_000

export interface LaunchedKiosk {
  /** Launcher spawn → attract loop on screen, ms (wall clock on both sides). */
  launchToAttractMs: number
  page: Page
  close(): Promise<void>
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function connect(port: number): Promise<Browser> {
  const deadline = Date.now() + CONNECT_TIMEOUT_MS
  for (;;) {
    try {
      return await chromium.connectOverCDP(`http://127.0.0.1:${port}`)
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`vitrine: Chromium started by kiosk/launch.sh did not answer on port ${port}: ${String(error)}`)
      await sleep(100)
    }
  }
}

async function kioskPage(browser: Browser): Promise<Page> {
  const deadline = Date.now() + CONNECT_TIMEOUT_MS
  for (;;) {
    const page = browser.contexts().flatMap((c) => c.pages()).find((p) => p.url().includes('/kiosk/'))
    if (page) return page
    if (Date.now() > deadline) throw new Error('vitrine: the kiosk page did not open')
    await sleep(100)
  }
}

/**
 * Starts the real launcher (`kiosk/launch.sh --once`) on `url` with a headless Chromium that has a
 * fake camera playing `video` and a DevTools port, and times spawn → the attract loop's first
 * frame (the page's `vitrine:attract-visible` mark, as wall-clock time).
 */
export async function launchKiosk(root: string, url: string, profile: string, video: string): Promise<LaunchedKiosk> {
  const port = await freePort()
  const chromiumFlags = [
    ...BASE_FLAGS, ...WEBGPU_FLAGS, '--headless=new', `--remote-debugging-port=${port}`, '--window-size=1280,800',
    '--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${video}`,
  ]
  const spawnedAt = Date.now()
  const launcher: ChildProcess = spawn(
    'bash',
    [join(root, 'kiosk', 'launch.sh'), '--once', '--auto-allow-camera', '--chromium', CHROMIUM_PATH, '--profile', profile, '--url', url, '--', ...chromiumFlags],
    { detached: true, stdio: ['ignore', 'ignore', 'ignore'] },
  )
  const exited = new Promise<void>((resolve) => launcher.once('exit', () => resolve()))
  const close = async () => {
    if (launcher.exitCode === null && launcher.pid) {
      try {
        process.kill(-launcher.pid, 'SIGTERM')
      } catch {
        // already gone
      }
      const timer = setTimeout(() => launcher.pid && process.kill(-launcher.pid, 'SIGKILL'), 5000)
      await exited
      clearTimeout(timer)
    }
  }
  try {
    const browser = await connect(port)
    const page = await kioskPage(browser)
    const attractAt = await page.waitForFunction(
      (mark) => {
        const entry = performance.getEntriesByName(mark)[0]
        return entry ? performance.timeOrigin + entry.startTime : false
      },
      ATTRACT_MARK,
      { timeout: ATTRACT_TIMEOUT_MS, polling: 50 },
    )
    return { launchToAttractMs: Number(await attractAt.jsonValue()) - spawnedAt, page, close }
  } catch (error) {
    await close()
    throw error
  }
}
