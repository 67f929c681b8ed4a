import type { Page } from '@playwright/test'
import { expect, openTryOn, test } from './support/fixtures'

test.use({ cameraVideo: 'still' })

interface GazeHandle {
  gaze: {
    estimator: {
      uncalibrated: Float64Array
      last: { x: number; y: number; confidence: number }
      setCalibration(fit: { x: number[]; y: number[]; rmsError: number; dots: number }): void
    }
  }
}

/** Points the calibrated gaze at the centre of the rail tile `index` (a constant map, for the test). */
async function aimGazeAtTile(page: Page, index: number): Promise<void> {
  await page.evaluate((index) => {
    const tile = document.querySelectorAll('.rail .tile')[index]!.getBoundingClientRect()
    const x = (tile.left + tile.width / 2) / innerWidth
    const y = (tile.top + tile.height / 2) / innerHeight
    const handle = (window as unknown as { __vitrine: GazeHandle }).__vitrine
    handle.gaze.estimator.setCalibration({ x: [x, 0, 0], y: [y, 0, 0], rmsError: 0.02, dots: 5 })
  }, index)
}

test.describe('camera gaze (astronaut still video)', () => {
  test.beforeEach(async ({ page }) => {
    await openTryOn(page, 'debug')
    await page.getByRole('button', { name: 'Allow gaze' }).click()
  })

  test('follows the eyes, steadily, and turns looks at a tile into dwell events', async ({ page }) => {
    const live = page.locator('[data-gaze-state]')
    await expect(live).toHaveText('Following your gaze')

    // A still face gives a still gaze: once settled, the estimate moves less than half a tile
    // across and less than a tile's height (webcam iris points jitter most vertically), so a
    // steady look does not hop between tiles.
    await page.waitForTimeout(1500)
    const points: number[][] = []
    for (let i = 0; i < 10; i++) {
      points.push(
        await page.evaluate(() => {
          const { last } = (window as unknown as { __vitrine: GazeHandle }).__vitrine.gaze.estimator
          return [last.x, last.y, last.confidence]
        }),
      )
      await page.waitForTimeout(200)
    }
    console.log('gaze samples (x, y, confidence):', JSON.stringify(points.map((p) => p.map((v) => +v.toFixed(3)))))
    expect(Math.min(...points.map((p) => p[2]!))).toBeGreaterThanOrEqual(0.5) // eyes open, face frontal
    const spread = (axis: number) => Math.max(...points.map((p) => p[axis]!)) - Math.min(...points.map((p) => p[axis]!))
    const tile = await page.locator('.rail .tile').first().boundingBox()
    const viewport = page.viewportSize()!
    expect(spread(0)).toBeLessThan(tile!.width / viewport.width / 2)
    expect(spread(1)).toBeLessThan(tile!.height / viewport.height)

    await page.evaluate(() => {
      const list: unknown[] = []
      Object.assign(window, { __dwells: list })
      window.addEventListener('vitrine:dwell', (event) => list.push((event as CustomEvent).detail))
    })
    const names = await page.locator('.rail .tile .tile__name').allInnerTexts()
    await aimGazeAtTile(page, 1)
    await expect(live).toHaveText(`Looking at ${names[1]}`)
    await expect(page.locator('.rail .tile').nth(1)).toHaveAttribute('data-gazed', 'true')
    await page.waitForTimeout(2000) // several tracker results on the tile, even on a slow machine
    await aimGazeAtTile(page, 3)
    await expect(live).toHaveText(`Looking at ${names[3]}`)
    await expect(page.locator('.rail .tile').nth(1)).not.toHaveAttribute('data-gazed')
    const ids = await page.locator('.rail .tile').evaluateAll((tiles) => tiles.map((t) => (t as HTMLElement).dataset.productId))
    const readDwells = () => page.evaluate(() => (window as unknown as { __dwells: { id: string; dwellSec: number; source: string }[] }).__dwells)
    await expect.poll(async () => (await readDwells()).length).toBeGreaterThan(0)
    const dwells = await readDwells()
    expect(dwells[0]).toMatchObject({ id: ids[1], source: 'camera' })
    expect(dwells[0]!.dwellSec).toBeGreaterThan(0.6)
    await page.screenshot({ path: 'screenshots/camera-gaze-dwell.png' })

    // Switching gaze off stops it at once: no tile stays marked.
    await page.getByRole('region', { name: 'Gaze' }).getByRole('button', { name: 'Switch off' }).click()
    await expect(page.locator('.rail .tile[data-gazed]')).toHaveCount(0)
    await expect(page.getByRole('button', { name: 'Allow gaze' })).toBeVisible()
  })

  test('a calibration the eyes did not follow fails with a reason, and can be cancelled', async ({ page }) => {
    await page.getByRole('button', { name: 'Calibrate (optional)' }).click()
    const dialog = page.getByRole('dialog', { name: 'Gaze calibration' })
    await expect(dialog).toContainText('Dot 1 of 5')
    await expect(dialog).toContainText('Dot 5 of 5', { timeout: 15_000 })
    await expect(page.getByRole('alert').filter({ hasText: 'Calibration did not work' })).toContainText('did not seem to move', { timeout: 10_000 })
    await expect(dialog).toHaveCount(0)

    await page.getByRole('button', { name: 'Calibrate (optional)' }).click()
    await expect(dialog).toBeVisible()
    await page.keyboard.press('Escape')
    await expect(dialog).toHaveCount(0)
  })
})
