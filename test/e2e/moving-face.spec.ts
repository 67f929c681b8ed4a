import { expect, openTryOn, test } from './support/fixtures'

test.use({ cameraVideo: 'moving' })

test('follows a moving, rolling face: ≥90% of frames tracked, glasses on the nose bridge', async ({ page }) => {
  await openTryOn(page)
  await expect(page.locator('[data-status="tracking"]')).toBeVisible()
  const run = await page.evaluate(
    () =>
      new Promise<{ frames: number; tracked: number; errorsIod: number[]; travelIod: number }>((resolve) => {
        const { session, renderStats } = (window as any).__vitrine
        const video = session.camera.video as HTMLVideoElement
        let frames = 0
        let tracked = 0
        let lastRender = renderStats.frames
        const errorsIod: number[] = []
        const xs: number[] = []
        const off = session.subscribe((_r: unknown, frame: { tracked: boolean }) => {
          frames++
          if (frame.tracked) tracked++
        })
        // Compare each drawn frame's nose-bridge point with landmark 168 of the frame it shows.
        const sample = () => {
          if (renderStats.frames !== lastRender && renderStats.bridgeVisible) {
            lastRender = renderStats.frames
            const lm = session.result.landmarks as Float32Array
            const W = video.videoWidth
            const H = video.videoHeight
            const eye = (a: number, b: number) => [((lm[a * 3]! + lm[b * 3]!) / 2) * W, ((lm[a * 3 + 1]! + lm[b * 3 + 1]!) / 2) * H]
            const [rx, ry] = eye(33, 133)
            const [lx, ly] = eye(263, 362)
            const iod = Math.hypot(lx! - rx!, ly! - ry!)
            const [u, v] = renderStats.bridgeUv as Float64Array
            errorsIod.push(Math.hypot((u! - lm[168 * 3]!) * W, (v! - lm[168 * 3 + 1]!) * H) / iod)
            xs.push(lm[168 * 3]! * W / iod)
          }
          requestAnimationFrame(sample)
        }
        requestAnimationFrame(sample)
        setTimeout(() => {
          off()
          resolve({ frames, tracked, errorsIod, travelIod: Math.max(...xs) - Math.min(...xs) })
        }, 6000)
      }),
  )
  expect(run.frames).toBeGreaterThanOrEqual(8)
  expect(run.tracked / run.frames).toBeGreaterThanOrEqual(0.9)
  // The face really moved (the test video pans ±110 px, several interocular distances).
  expect(run.travelIod).toBeGreaterThan(1)
  const sorted = [...run.errorsIod].sort((a, b) => a - b)
  const median = sorted[Math.floor(sorted.length / 2)]!
  console.log('moving face: median alignment error', (median * 100).toFixed(1), '% IOD over', sorted.length, 'frames')
  expect(median).toBeLessThan(0.1)
  await page.screenshot({ path: 'screenshots/moving.png' })
})
