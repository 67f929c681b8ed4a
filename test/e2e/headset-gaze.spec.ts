import type { Page } from '@playwright/test'
import { layoutProductWall, tileCentre } from '../../src/core/xr/productWall'
import { expect, test } from './support/fixtures'
import { installEmulatedHeadset, lookAlong } from './support/headset'

test.use({ cameraVideo: 'none' })

interface DwellDetail {
  id: string
  dwellSec: number
  confidence: number
  source: string
}

/** Collects the page's dwell events in window.__dwells. */
async function recordDwells(page: Page): Promise<void> {
  await page.evaluate(() => {
    const list: unknown[] = []
    Object.assign(window, { __dwells: list })
    window.addEventListener('vitrine:dwell', (event) => list.push((event as CustomEvent).detail))
  })
}

const dwells = (page: Page) => page.evaluate(() => (window as unknown as { __dwells: DwellDetail[] }).__dwells)

test.describe('headset showroom (iwer, Meta Quest Pro)', () => {
  test('eye gaze on a product wall produces dwell events, and stops when gaze is switched off', async ({ page }) => {
    await installEmulatedHeadset(page)
    await page.goto('/')
    await expect(page.locator('.rail .tile').first()).toBeVisible()
    const ids = await page.locator('.rail .tile').evaluateAll((tiles) => tiles.map((t) => (t as HTMLElement).dataset.productId!))
    const names = await page.locator('.rail .tile .tile__name').allInnerTexts()
    expect(ids.length).toBeGreaterThanOrEqual(6)
    const wall = layoutProductWall(ids)

    await page.getByRole('button', { name: 'Allow gaze' }).click()
    await recordDwells(page)
    await page.getByRole('button', { name: 'View in headset' }).click()
    const state = page.locator('[data-headset-state]')
    await expect(state).toHaveAttribute('data-headset-state', 'running')

    // Look at the third product for a while, then at the sixth: the first look ends as a dwell.
    await lookAlong(page, tileCentre(wall, wall.tiles[2]!))
    await expect(state).toHaveText(`In the headset: looking at ${names[2]}`)
    await page.waitForTimeout(1200)
    await lookAlong(page, tileCentre(wall, wall.tiles[5]!))
    await expect(state).toHaveText(`In the headset: looking at ${names[5]}`)
    await expect.poll(() => dwells(page)).toHaveLength(1)
    const [first] = await dwells(page)
    expect(first).toMatchObject({ id: ids[2], source: 'headset' })
    expect(first!.dwellSec).toBeGreaterThan(0.6)
    expect(first!.confidence).toBeGreaterThan(0.9) // eye tracking, not head gaze
    await page.screenshot({ path: 'screenshots/headset-looking.png' })

    // Gaze consent withdrawn: the current look is dropped, not reported, and nothing follows.
    // (The emulator's headset view covers the page, so the page's controls are used by keyboard.)
    await page.getByRole('region', { name: 'Gaze' }).getByRole('button', { name: 'Switch off' }).press('Enter')
    await expect(state).toHaveText('In the headset (gaze is off)')
    await lookAlong(page, tileCentre(wall, wall.tiles[0]!))
    await page.waitForTimeout(1000)
    await lookAlong(page, [0, 1, 0])
    await page.waitForTimeout(500)
    expect(await dwells(page)).toHaveLength(1)

    await page.getByRole('button', { name: 'Leave headset' }).press('Enter')
    await expect(state).toHaveAttribute('data-headset-state', 'ready')
  })

  test('says why when no headset is available', async ({ page }) => {
    await page.goto('/')
    await expect(page.locator('[data-headset-state]')).toHaveText(/Not available: (No headset is connected|This browser has no WebXR support)\./)
  })
})
