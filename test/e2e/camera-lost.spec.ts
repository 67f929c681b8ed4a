import { expect, openTryOn, test } from './support/fixtures'

test.describe('a camera that disappears', () => {
  test('says the camera stopped, then recovers by itself', async ({ page }) => {
    await openTryOn(page)
    await expect(page.locator('[data-status="tracking"]')).toBeVisible()
    // The track ending is what a browser reports when a camera is unplugged or taken away.
    await page.evaluate(() => {
      const track = (window as any).__vitrine.session.camera.track as MediaStreamTrack
      track.stop()
      track.dispatchEvent(new Event('ended'))
    })
    await expect(page.locator('[data-status="camera-lost"]')).toContainText('The camera stopped')
    await expect(page.locator('[data-status="tracking"]')).toBeVisible({ timeout: 30_000 })
  })
})
