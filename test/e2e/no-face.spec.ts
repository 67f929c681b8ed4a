import { expect, openTryOn, test } from './support/fixtures'

test.use({ cameraVideo: 'noface' })

test.describe('a scene without a face', () => {
  test('says no face is in view', async ({ page }) => {
    await openTryOn(page)
    await expect(page.locator('[data-status="no-face"]')).toContainText('No face in view')
    await page.screenshot({ path: 'screenshots/state-no-face.png' })
  })
})
