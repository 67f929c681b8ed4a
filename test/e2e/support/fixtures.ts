import { test as base, chromium, expect, type Browser, type Page } from '@playwright/test'
import { videoPath } from '../../../scripts/make-test-videos.mjs'
import { BASE_FLAGS, CHROMIUM_PATH, WEBGPU_FLAGS, fakeCameraFlags } from './chromium'
import { EgressLog } from './egress'

export interface CameraOptions {
  /** Fake camera video (test/.cache/videos/NAME.y4m), or 'none' for a machine without a camera. */
  cameraVideo: string
  /** Accept the camera permission prompt (false: the prompt is dismissed, access denied). */
  cameraAllowed: boolean
}

/**
 * Each worker launches Debian's Chromium with the fake camera its tests ask for. Every page's
 * requests are recorded, and a test fails on any request to another origin or any request that
 * carries a body (nothing biometric can be posted).
 */
export const test = base.extend<{ egress: EgressLog }, CameraOptions & { browser: Browser }>({
  cameraVideo: ['still', { option: true, scope: 'worker' }],
  cameraAllowed: [true, { option: true, scope: 'worker' }],
  browser: [
    async ({ cameraVideo, cameraAllowed }, use) => {
      const camera = cameraVideo === 'none' ? [] : fakeCameraFlags(videoPath(cameraVideo), cameraAllowed)
      const browser = await chromium.launch({
        executablePath: CHROMIUM_PATH,
        args: [...BASE_FLAGS, ...WEBGPU_FLAGS, ...camera],
      })
      await use(browser)
      await browser.close()
    },
    { scope: 'worker' },
  ],
  egress: [
    async ({ page, baseURL }, use) => {
      const log = new EgressLog(new URL(baseURL ?? 'http://127.0.0.1:4173').origin)
      log.watch(page)
      await use(log)
      log.assertClean()
    },
    { auto: true },
  ],
})

export { expect }

/** Opens the app, allows the camera, and waits until tracking and rendering run. */
export async function openTryOn(page: Page, query = 'debug&probe'): Promise<{ backend: string; delegate: string }> {
  await page.goto(`/?${query}`)
  const ready = page.evaluate(
    () =>
      new Promise<{ backend: string; delegate: string }>((resolve) => {
        window.addEventListener('vitrine:ready', (event) => resolve((event as CustomEvent).detail), { once: true })
      }),
  )
  await page.getByRole('button', { name: 'Allow camera' }).click()
  return ready
}
