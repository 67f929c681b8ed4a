import { expect, test } from './support/fixtures'

test.use({ cameraVideo: 'none' })

test.describe('no camera on the device', () => {
  test('says no camera was found and offers to try again', async ({ page }) => {
    await page.goto('/')
    await page.getByRole('button', { name: 'Allow camera' }).click()
    await expect(page.getByRole('alert')).toContainText('No camera found')
    await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible()
  })
})
