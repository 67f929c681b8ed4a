import { expect, test } from './support/fixtures'

test.use({ cameraAllowed: false })

test.describe('camera permission denied', () => {
  test('says the camera is blocked and how to allow it again', async ({ page }) => {
    await page.goto('/')
    await page.getByRole('button', { name: 'Allow camera' }).click()
    const alert = page.getByRole('alert')
    await expect(alert).toContainText('Camera access is blocked')
    await expect(alert).toContainText('set Camera to Allow')
    await expect(alert.getByRole('button', { name: 'Try again' })).toBeVisible()
    await page.screenshot({ path: 'screenshots/state-denied.png' })
  })
})
