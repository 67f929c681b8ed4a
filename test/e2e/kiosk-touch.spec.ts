import { expect, test } from './support/fixtures'
import { kioskState, openKiosk } from './support/kioskPage'

// Nobody in view: the camera presence check runs but never wakes the screen; touches do.
test.use({ cameraVideo: 'noface' })

test.describe('the kiosk by touch', () => {
  test('a touch starts a visit, a touch cancels the countdown, Not now erases at once', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 })
    await openKiosk(page, 'idle=5&countdown=4')
    await expect(page.getByRole('heading', { name: 'Step closer to try on glasses' })).toBeVisible()
    await page.screenshot({ path: 'screenshots/kiosk-attract-landscape.png' })

    await page.mouse.click(640, 400)
    await expect(page.getByRole('heading', { name: 'Try glasses on with the camera?' })).toBeVisible()
    await expect(page.getByRole('definition').first()).toContainText('478 points')
    await page.screenshot({ path: 'screenshots/kiosk-consent.png' })
    await page.getByRole('button', { name: 'Browse without camera' }).click()
    await expect(page.getByRole('button', { name: 'End and erase' })).toBeVisible()

    // Idle: the countdown shows whole seconds; a touch anywhere brings the session back.
    const countdown = page.getByRole('alertdialog', { name: 'Still there?' })
    await expect(countdown).toBeVisible({ timeout: 15_000 })
    await expect(countdown).toContainText(/ends in [1-4] s/)
    await page.screenshot({ path: 'screenshots/kiosk-countdown.png' })
    await page.mouse.click(200, 300)
    await expect(countdown).toBeHidden()
    expect(await kioskState(page)).toMatchObject({ phase: 'session', sessionId: 1, wipesDone: 0 })

    // End and erase: wiped at once, back to attract; the next touch is a new visitor.
    await page.getByRole('button', { name: 'End and erase' }).click()
    await expect(page.getByRole('heading', { name: 'Step closer to try on glasses' })).toBeVisible()
    expect(await kioskState(page)).toMatchObject({ phase: 'attract', wipesDone: 1 })
    await page.mouse.click(640, 400)
    await page.getByRole('button', { name: 'Not now' }).click()
    await expect.poll(() => kioskState(page)).toMatchObject({ phase: 'attract', sessionId: 2, wipesDone: 2 })

    // The local health page: version, uptime and counts (nothing about the visitors).
    await page.goto('/kiosk/health.html')
    const row = (key: string) => page.locator(`.health__row[data-key="${key}"] dd`)
    await expect(row('sessions')).toHaveText('2', { timeout: 15_000 })
    await expect(row('wipes')).toHaveText('2')
    await expect(row('wipeFailures')).toHaveText('0')
    await expect(row('version')).toContainText(/^\d+\.\d+\.\d+ \(build [0-9a-f]{16}, /)
    await expect(row('uptime')).toHaveText(/^\d+ s$/)
  })

  test('lays the attract loop and a visit out for a portrait screen', async ({ page }) => {
    await page.setViewportSize({ width: 810, height: 1440 })
    await openKiosk(page, '')
    const title = await page.getByRole('heading', { name: 'Step closer to try on glasses' }).boundingBox()
    const product = await page.locator('.attract__turntable').boundingBox()
    expect(title && product && title.y + title.height <= product.y, 'the invitation sits above the product').toBe(true)
    await page.screenshot({ path: 'screenshots/kiosk-attract-portrait.png' })

    // A visit on a portrait screen: the try-on on top, the rail, then the side panel.
    await page.mouse.click(400, 700)
    await page.getByRole('button', { name: 'Browse without camera' }).click()
    await expect(page.getByRole('radio').first()).toBeVisible() // the catalog is in
    const view = await page.getByRole('main', { name: 'Try-on' }).boundingBox()
    const rail = await page.getByRole('navigation', { name: 'Glasses to try on' }).boundingBox()
    expect(view && rail && view.y + view.height <= rail.y + 1 && view.width > 700, `the try-on spans the width above the rail: ${JSON.stringify({ view, rail })}`).toBe(true)
    await page.screenshot({ path: 'screenshots/kiosk-session-portrait.png' })
  })

  test('keeps the visitor on the kiosk: no way back, no context menu, no browser shortcuts, links open inside', async ({ page }) => {
    await openKiosk(page, '')
    const url = page.url()
    await page.goBack().catch(() => undefined)
    expect(page.url()).toBe(url)
    await expect(page.getByRole('heading', { name: 'Step closer to try on glasses' })).toBeVisible()
    const refused = await page.evaluate(() => {
      const fire = (event: Event) => (document.body.dispatchEvent(event), event.defaultPrevented)
      return {
        contextMenu: fire(new MouseEvent('contextmenu', { bubbles: true, cancelable: true })),
        altLeft: fire(new KeyboardEvent('keydown', { key: 'ArrowLeft', altKey: true, bubbles: true, cancelable: true })),
        reload: fire(new KeyboardEvent('keydown', { key: 'F5', bubbles: true, cancelable: true })),
        pinch: fire(new WheelEvent('wheel', { ctrlKey: true, deltaY: -50, bubbles: true, cancelable: true })),
        arrow: fire(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, cancelable: true })),
      }
    })
    expect(refused).toEqual({ contextMenu: true, altLeft: true, reload: true, pinch: true, arrow: false })
    expect(await page.evaluate(() => getComputedStyle(document.body).userSelect)).toBe('none')

    // The consent screen's policy link opens the policy over the kiosk; the page never changes.
    await page.mouse.click(400, 300)
    await page.getByRole('button', { name: 'Retention and destruction policy' }).click()
    const policy = page.getByRole('dialog', { name: 'Privacy policy' })
    await expect(policy.getByRole('heading', { level: 1 })).toContainText('retention and destruction policy')
    await policy.getByRole('button', { name: 'Close' }).click()
    await expect(policy).toBeHidden()
    expect(page.url()).toBe(url)
  })
})
