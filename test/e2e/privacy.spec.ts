import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { expect, openTryOn, test } from './support/fixtures'

test.use({ cameraVideo: 'still' })

/** Keeps the camera's live track in window.__track, to check later that it really ended. */
async function holdCameraTrack(page: Page): Promise<void> {
  await page.evaluate(() => {
    const handle = (window as unknown as { __vitrine: { session: { camera: { track: MediaStreamTrack | undefined } } } }).__vitrine
    Object.assign(window, { __track: handle.session.camera.track })
  })
  expect(await page.evaluate(() => (window as unknown as { __track?: MediaStreamTrack }).__track?.readyState)).toBe('live')
}

const trackState = (page: Page) => page.evaluate(() => (window as unknown as { __track: MediaStreamTrack }).__track.readyState)

test.describe('privacy', () => {
  test('the camera notice is complete before anything starts, and the policy page is public', async ({ page }) => {
    await page.goto('/')
    const notice = page.getByRole('definition').filter({ hasText: 'geometry of your face' })
    await expect(notice).toBeVisible()
    const status = page.locator('[data-status="consent"]')
    for (const term of ['What', 'Where it stays', 'How long', 'How to stop']) await expect(status.getByRole('term').filter({ hasText: term })).toBeVisible()
    await expect(status).toContainText('you agree to this processing (notice ')
    await page.screenshot({ path: 'screenshots/consent-notice.png' })

    await page.goto('/privacy.html')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/retention and destruction policy/)
    await expect(page.getByRole('heading', { name: 'How long it is kept (retention schedule)' })).toBeVisible()
    await expect(page.locator('[data-purpose="heartRate"]')).toContainText('notice version')
  })

  test('Stop camera ends the camera track at once', async ({ page }) => {
    await openTryOn(page, 'debug')
    await holdCameraTrack(page)
    await page.getByRole('button', { name: 'Stop camera' }).click()
    expect(await trackState(page)).toBe('ended')
    await expect(page.locator('[data-status="consent"]')).toBeVisible()
  })

  test('the privacy centre shows what is held, exports it, and Forget all wipes it', async ({ page }) => {
    await openTryOn(page, 'debug')
    await page.getByRole('button', { name: 'Allow gaze' }).click()
    await page.evaluate(() => localStorage.setItem('vitrine:likes', '["orbit-round-gold"]'))
    await holdCameraTrack(page)

    await page.getByRole('button', { name: 'Privacy centre' }).click()
    const centre = page.getByRole('dialog', { name: 'Privacy centre' })
    await expect(centre.locator('[data-holder="camera"]')).toContainText('geometry of your face')
    await expect(centre.locator('[data-holder="permissions"]')).toContainText('Camera try-on, Gaze')
    await expect(centre.locator('[data-holder="browserStorage"]')).toContainText('1 item saved')
    await expect(centre.getByRole('row')).toHaveCount(3) // header + camera + gaze receipts
    await page.screenshot({ path: 'screenshots/privacy-centre.png' })

    const [download] = await Promise.all([page.waitForEvent('download'), centre.getByRole('button', { name: 'Export my data (JSON)' }).click()])
    const exported = JSON.parse(readFileSync((await download.path())!, 'utf8')) as Record<string, unknown>
    expect(Object.keys(exported)).toEqual(expect.arrayContaining(['exportedAt', 'permissions', 'camera', 'gazeLooks', 'heartRate', 'browserStorage']))
    expect((exported.permissions as { purpose: string }[]).map((r) => r.purpose)).toEqual(['camera', 'gaze'])
    expect(JSON.stringify(exported)).not.toMatch(/landmark|blendshape|poseMatrix/)

    await centre.getByRole('button', { name: 'Forget all' }).click()
    await expect(centre.getByRole('status')).toContainText('Everything was forgotten')
    await expect(centre.locator('[data-held="nothing"]')).toBeVisible()
    expect(await trackState(page)).toBe('ended')
    expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0)
    await centre.getByRole('button', { name: 'Close' }).click()
    await expect(page.locator('[data-status="consent"]')).toBeVisible()
    await expect(page.getByRole('button', { name: 'Allow gaze' })).toBeVisible()
  })
})
