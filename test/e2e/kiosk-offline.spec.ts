import { expect, test } from './support/fixtures'
import { kioskState, openKiosk } from './support/kioskPage'

// A face in view all the time.
test.use({ cameraVideo: 'still' })

test.describe('the kiosk offline', () => {
  test('starts and tracks a face with the network off, from what its service worker kept', async ({ page, context }) => {
    test.setTimeout(240_000)
    await openKiosk(page, 'idle=30')
    // First visit online: the worker installs the app, the model, the wasm and the catalog.
    await page.evaluate(() => navigator.serviceWorker.ready)
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true)
    // What the service publishes now (other specs may have published more than the demo's 7).
    const published = await page.evaluate(async () => ((await (await fetch('/api/v1/catalog')).json()) as { products: unknown[] }).products.length)
    const kept = await page.evaluate(() => caches.keys())
    expect(kept.some((name) => name.startsWith('vitrine-kiosk:app:'))).toBe(true)
    expect(kept.some((name) => name.startsWith('vitrine-kiosk:catalog:'))).toBe(true)

    await context.setOffline(true)
    await page.reload()
    await expect(page.locator('html[data-attract-visible="true"]')).toBeAttached({ timeout: 60_000 })
    expect(await page.evaluate(() => navigator.onLine)).toBe(false)
    // The face check runs from the cached model and wakes the screen; the catalog is the cached one.
    await expect(page.getByRole('heading', { name: 'Try glasses on with the camera?' })).toBeVisible({ timeout: 90_000 })
    await page.getByRole('button', { name: 'Allow camera' }).click()
    await expect(page.locator('[data-status="tracking"]')).toBeVisible({ timeout: 90_000 })
    expect(await page.evaluate(() => (window as any).__kiosk.faceSession().result.tracked)).toBe(true)
    await expect(page.getByRole('radio')).toHaveCount(published)

    // The visit ends offline: the wipe hands over to a fresh page, which the worker serves.
    await page.getByRole('button', { name: 'End and erase' }).click()
    await expect.poll(() => kioskState(page), { timeout: 60_000 }).toMatchObject({ phase: 'attract', wipesDone: 1 })
    await expect(page.locator('html[data-attract-visible="true"]')).toBeAttached({ timeout: 60_000 })
    expect(await page.evaluate(() => ({ online: navigator.onLine, visits: (window as any).__kiosk.handoff()?.visits }))).toEqual({ online: false, visits: 1 })
    await context.setOffline(false)
  })
})
