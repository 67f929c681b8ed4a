import { expect, test } from './support/fixtures'

test('createTryOn() tracks a face on a page without React and emits face results', async ({ page }) => {
  await page.goto('/examples/vanilla/')
  await page.getByRole('button', { name: 'Start the camera' }).click()
  await expect(page.getByRole('status')).toContainText('Tracking your face', { timeout: 60_000 })
  await expect.poll(async () => Number(await page.locator('#mirror').getAttribute('data-tracked-frames'))).toBeGreaterThan(5)
  const uv = (await page.locator('#mirror').getAttribute('data-nose-bridge-uv'))!.split(',').map(Number)
  // The still test face is centred: its nose bridge is near the middle of the video.
  expect(uv[0]).toBeGreaterThan(0.35)
  expect(uv[0]).toBeLessThan(0.65)
  expect(page.locator('#mirror canvas')).not.toHaveCount(0)
  await page.screenshot({ path: 'screenshots/vanilla.png' })
})
