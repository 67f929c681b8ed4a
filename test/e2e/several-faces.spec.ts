import { expect, openTryOn, test } from './support/fixtures'

test.use({ cameraVideo: 'twofaces' })

test.describe('several people in view', () => {
  test('the glasses stay on the most prominent face', async ({ page }) => {
    await openTryOn(page)
    await expect(page.locator('[data-status="tracking"]')).toBeVisible()
    const samples = await page.evaluate(
      () =>
        new Promise<{ faces: number[]; u: number[] }>((resolve) => {
          const vitrine = (window as any).__vitrine
          const faces: number[] = []
          const u: number[] = []
          const off = vitrine.session.subscribe((result: { faceCount: number; anchors: { noseBridge: { uv: Float64Array } } }) => {
            faces.push(result.faceCount)
            u.push(result.anchors.noseBridge.uv[0]!)
          })
          setTimeout(() => {
            off()
            resolve({ faces, u })
          }, 5000)
        }),
    )
    expect(Math.max(...samples.faces)).toBe(2)
    // The big face is on the left of the (not mirrored) video, centred near u = 0.33.
    expect(samples.u.length).toBeGreaterThan(5)
    for (const u of samples.u) expect(u).toBeLessThan(0.5)
    await page.screenshot({ path: 'screenshots/two-faces.png' })
  })
})
