import type { Page } from '@playwright/test'
import { expect, openTryOn, test } from './support/fixtures'
import { analyzeScreenshot } from './support/pixels'
import { countTrackedFrames, faceSnapshot, headPose, pageToVideoUv } from './support/tryOnPage'

/** Where the rendered glasses' nose-bridge point lands, against MediaPipe's landmark 168, in IODs. */
async function bridgeErrorIod(page: Page): Promise<number> {
  const before = await faceSnapshot(page)
  const png = await page.screenshot()
  const after = await faceSnapshot(page)
  const { probe } = await analyzeScreenshot(page, png, 0)
  expect(probe.count, 'magenta nose-bridge probe pixels in the screenshot').toBeGreaterThan(4)
  const [u, v] = pageToVideoUv(before, probe.x, probe.y)
  const lu = (before.landmark168[0] + after.landmark168[0]) / 2
  const lv = (before.landmark168[1] + after.landmark168[1]) / 2
  return Math.hypot((u - lu) * before.videoWidth, (v - lv) * before.videoHeight) / before.iodPx
}

/** Pixels of the 3D layer alone: the camera image is hidden behind a chroma-key green. */
async function glassesPixels(page: Page, path?: string): Promise<{ left: number; right: number; total: number }> {
  const stage = await faceSnapshot(page)
  const viewport = (await page.locator('main.viewport').boundingBox())!
  const png = await page.screenshot(path ? { path } : {})
  // Only the try-on viewport counts: the rail below and the side column are not the 3D layer.
  const { opaque } = await analyzeScreenshot(page, png, stage.stage.left + stage.stage.width / 2, viewport.y + viewport.height, viewport.x + viewport.width)
  return { ...opaque, total: opaque.left + opaque.right }
}

/** Waits until the 3D layer shows more than `min` pixels (new shaders compile slowly on a software GPU). */
async function settledGlassesPixels(page: Page, min: number, path?: string): Promise<{ left: number; right: number; total: number }> {
  await expect.poll(async () => (await glassesPixels(page)).total, { timeout: 20_000 }).toBeGreaterThan(min)
  await page.waitForTimeout(300)
  return glassesPixels(page, path)
}

async function showOnly3dLayer(page: Page): Promise<void> {
  await page.addStyleTag({
    content: '.viewport { background: #00ff00 !important } .stage__video, .stage__frame, .status, .debug { visibility: hidden }',
  })
}

test.describe('shopper path, still face', () => {
  test('asks for consent first, says no image leaves the device, opens no camera', async ({ page }) => {
    await page.goto('/')
    await expect(page.getByRole('heading', { name: 'See the glasses on your face' })).toBeVisible()
    await expect(page.getByText('no image or face data leaves it')).toBeVisible()
    await expect(page.getByRole('button', { name: 'Allow camera' })).toBeFocused()
    await expect(page.locator('video')).toHaveCount(0)
    await expect(page.getByRole('radio')).not.toHaveCount(0)
  })

  test('tracks the face in ≥90% of frames and the glasses sit on the nose bridge (WebGPU)', async ({ page }) => {
    const { backend } = await openTryOn(page)
    expect(backend).toBe('WebGPU')
    await expect(page.locator('[data-status="tracking"]')).toBeVisible()
    const { frames, tracked } = await countTrackedFrames(page, 5000) // also lets the smoothing settle
    expect(frames).toBeGreaterThanOrEqual(8)
    expect(tracked / frames).toBeGreaterThanOrEqual(0.9)
    expect(await bridgeErrorIod(page)).toBeLessThan(0.05)
    await expect(page.getByTestId('debug-overlay')).toContainText('WebGPU')
    await expect(page.getByTestId('debug-overlay')).toContainText('CPU')
    await page.screenshot({ path: 'screenshots/tryon-webgpu.png' })
  })

  test('renders through the WebGL2 fallback as well', async ({ page }) => {
    const { backend } = await openTryOn(page, 'debug&probe&renderer=webgl2')
    expect(backend).toBe('WebGL2')
    await expect(page.getByTestId('debug-overlay')).toContainText('WebGL2')
    await expect(page.locator('[data-status="tracking"]')).toBeVisible()
    await page.waitForTimeout(2000) // the nose-bridge residual settles in about a second
    expect(await bridgeErrorIod(page)).toBeLessThan(0.05)
    await page.screenshot({ path: 'screenshots/tryon-webgl2.png' })
  })

  test('the rail switches glasses with the keyboard', async ({ page }) => {
    await openTryOn(page)
    await expect(page.locator('[data-status="tracking"]')).toBeVisible()
    await page.evaluate(() => (window as any).__vitrine.session.holdPose([1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, -45, 1]))
    await showOnly3dLayer(page)
    const radios = page.getByRole('radio')
    await expect(radios.first()).toHaveAttribute('aria-checked', 'true')
    const first = await settledGlassesPixels(page, 500, 'screenshots/rail-first.png')
    await radios.first().focus()
    await page.keyboard.press('ArrowRight')
    await expect(radios.nth(1)).toHaveAttribute('aria-checked', 'true')
    await expect(radios.nth(1)).toBeFocused()
    await expect.poll(async () => Math.abs((await glassesPixels(page)).total - first.total) / first.total, { timeout: 20_000 }).toBeGreaterThan(0.05)
    const second = await settledGlassesPixels(page, 500, 'screenshots/rail-second.png')
    // A different frame shape covers a different area.
    expect(Math.abs(first.total - second.total) / first.total).toBeGreaterThan(0.05)
    await page.keyboard.press('End')
    await expect(radios.last()).toHaveAttribute('aria-checked', 'true')
  })

  test('the far temple disappears behind the head when the head turns', async ({ page }) => {
    await openTryOn(page, 'debug&product=orbit-round-gold')
    await expect(page.locator('[data-status="tracking"]')).toBeVisible()
    await showOnly3dLayer(page)
    const hidden = async (yawDeg: number) => {
      await page.evaluate((m) => (window as any).__vitrine.session.holdPose(m), headPose(yawDeg))
      await page.evaluate(() => (window as any).__vitrine.setOccluder(true))
      const withHead = await settledGlassesPixels(page, 400, `screenshots/yaw-${yawDeg}-occluder.png`)
      await page.evaluate(() => (window as any).__vitrine.setOccluder(false))
      await page.waitForTimeout(500)
      const withoutHead = await settledGlassesPixels(page, 400, `screenshots/yaw-${yawDeg}-no-occluder.png`)
      return { total: withoutHead.total - withHead.total, shown: withHead.total, all: withoutHead.total }
    }
    const frontal = await hidden(0)
    const turned = await hidden(40)
    expect(turned.total).toBeGreaterThan(300)
    expect(turned.total).toBeGreaterThan(2 * frontal.total)
    // The head hides the far temple, not the glasses: most of the frame stays in view.
    expect(turned.shown).toBeGreaterThan(0.6 * turned.all)
  })
})

test.describe('touch', () => {
  test.use({ hasTouch: true })

  test('the rail switches glasses with a tap', async ({ page }) => {
    await page.goto('/?debug')
    const radios = page.getByRole('radio')
    await radios.nth(2).tap()
    await expect(radios.nth(2)).toHaveAttribute('aria-checked', 'true')
    await expect(radios.first()).toHaveAttribute('aria-checked', 'false')
  })
})
