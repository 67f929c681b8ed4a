import { expect, test } from './support/fixtures'
import { keepTouching, kioskState, leaveSessionData, openKiosk, storageSnapshot } from './support/kioskPage'

// A face for 16 s, then the empty spot for 30 s; the file restarts whenever the camera opens.
test.use({ cameraVideo: 'facethenempty' })

test.describe('the kiosk with a visitor who walks up, tries glasses on and walks away', () => {
  test('attract → consent → try-on → countdown → wipe, and the next visitor starts with nothing', async ({ page }) => {
    test.setTimeout(240_000)
    await openKiosk(page, 'idle=3&countdown=3')
    await expect(page.getByRole('heading', { name: 'Step closer to try on glasses' })).toBeVisible()
    await expect(page.getByText('nothing about your face is measured unless you agree')).toBeVisible()

    // The face check wakes the screen: this visitor's own consent screen.
    const consent = page.getByRole('heading', { name: 'Try glasses on with the camera?' })
    await expect(consent).toBeVisible({ timeout: 90_000 })
    expect(await kioskState(page)).toMatchObject({ phase: 'consent', sessionId: 1 })
    await page.evaluate(() => Object.assign(window, { __tracks: { presence: (window as any).__kiosk.presenceTrack() } }))
    await page.getByRole('button', { name: 'Allow camera' }).click()

    // The shopper path, as in the browser app: the face is tracked (touches keep a slow start alive).
    await keepTouching(page, expect(page.locator('[data-status="tracking"]')).toBeVisible({ timeout: 60_000 }))
    expect(await page.evaluate(() => (window as any).__tracks.presence.readyState)).toBe('ended')
    await page.evaluate(() => Object.assign((window as any).__tracks, { tryOn: (window as any).__kiosk.faceSession().camera.track }))
    await page.getByRole('button', { name: 'Personalise' }).click()
    await page.getByRole('button', { name: /^Like / }).first().click()
    await page.getByRole('radio').nth(2).click()
    await expect(page.getByRole('radio').nth(2)).toBeChecked()
    await page.screenshot({ path: 'screenshots/kiosk-session.png' })
    const heldKeys = () => page.evaluate(() => (window as any).__kiosk.heldBySession().map((line: { key: string }) => line.key) as string[])
    await expect.poll(heldKeys, { message: 'what the app says it holds during the visit' }).toEqual(expect.arrayContaining(['permissions', 'suggestions']))
    await leaveSessionData(page)
    const during = await storageSnapshot(page)
    expect(during.databases).toContain('visit-db')
    expect(during.caches).toContain('visit-scratch')

    // The face leaves and nobody touches: the countdown, then the wipe.
    await expect(page.getByRole('alertdialog', { name: 'Still there?' })).toBeVisible({ timeout: 60_000 })
    await expect.poll(() => kioskState(page).then((s) => s.wipesDone), { timeout: 30_000 }).toBe(1)
    const report = await page.evaluate(() => (window as any).__kiosk.lastWipe())
    expect(report.failed, 'wipers that failed').toEqual([])
    expect(report.ran, 'wipers that ran').toEqual(expect.arrayContaining(['camera', 'heart-rate', 'consent', 'browser-storage']))
    expect(report.ran, 'every registered wiper ran').toEqual(await page.evaluate(() => (window as any).__kiosk.wipers.names()))

    const after = await storageSnapshot(page)
    expect(after.databases, 'IndexedDB databases after the wipe').toEqual([])
    expect(after.localStorage, 'localStorage items after the wipe').toBe(0)
    expect(after.sessionStorage, 'sessionStorage items after the wipe').toBe(0)
    expect(after.caches.every((name) => name.startsWith('vitrine-kiosk:')), after.caches.join(', ')).toBe(true)
    expect(after.caches.some((name) => name.startsWith('vitrine-kiosk:app:')), 'the precache survives').toBe(true)
    expect(await page.evaluate(() => (window as any).__tracks.tryOn.readyState)).toBe('ended')

    // The camera restarts on the attract screen and the face is there again: a new visitor, asked again.
    await expect(consent).toBeVisible({ timeout: 60_000 })
    expect(await kioskState(page)).toMatchObject({ phase: 'consent', sessionId: 2, sessionsStarted: 2, wipesDone: 1 })
    await page.getByRole('button', { name: 'Browse without camera' }).click()
    await expect(page.getByRole('button', { name: 'Allow camera' })).toBeVisible()
    // The ranker starts fresh (nothing learned from the last visitor's like and try-on) and nothing is allowed.
    const heldNow = await heldKeys()
    expect(heldNow).not.toContain('suggestions')
    expect(heldNow).not.toContain('permissions')
    await expect(page.locator('[data-purpose="personalisation"]')).toHaveAttribute('data-granted', 'false')
  })
})
