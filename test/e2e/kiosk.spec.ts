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

    // The wipe ends with a fresh page. Before it, the camera wiper checks that every camera track
    // of the visit ended (the try-on's is among them, live now), and fails the wipe otherwise.
    expect(await page.evaluate(() => (window as any).__kiosk.cameraTracks()), 'camera tracks the wipe will check').toContain('live')
    await page.evaluate(() => Object.assign(window, { __leftInMemory: { liked: 'orbit-round-gold' } }))

    // The face leaves and nobody touches: the countdown, then the wipe, then the next page.
    await expect(page.getByRole('alertdialog', { name: 'Still there?' })).toBeVisible({ timeout: 60_000 })
    // One look at the page the visit handed over to, once it checked storage (the visit page never
    // counts its wipe: it is replaced; a later page would name a later visit, and fail this).
    const arrival = await page.waitForFunction(
      () => {
        const w = window as any
        const check = w.__kiosk?.state().wipesDone >= 1 && w.__kiosk.startCheck()
        return check && {
          visits: w.__kiosk.handoff()?.visits, check, leftInMemory: w.__leftInMemory ?? null, report: w.__kiosk.lastWipe(), wipers: w.__kiosk.wipers.names(),
        }
      },
      undefined,
      { timeout: 30_000 },
    )
    const arrived = await arrival.jsonValue()
    // It continues from visit 1's clean wipe (its report came along: no wiper failed, the camera's
    // check included), and nothing the visit page held in memory is here.
    expect(arrived.visits, 'this page continues from a clean wipe after visit 1').toBe(1)
    expect(arrived.leftInMemory, 'memory of the visit page').toBeNull()
    expect(arrived.report.failed, 'wipers that failed').toEqual([])
    expect(arrived.report.ran, 'wipers that ran').toEqual(expect.arrayContaining(['camera', 'heart-rate', 'consent', 'browser-storage']))
    expect(arrived.report.ran, 'every registered wiper ran').toEqual(arrived.wipers)
    // A reload alone clears no storage, and a page handed over to does not wipe, it only checks:
    // so what it found is what the wipe before the handoff left.
    expect(arrived.check, 'storage the new page found when it started').toEqual({ kind: 'handoff', leftovers: [] })

    const after = await storageSnapshot(page)
    expect(after.databases, 'IndexedDB databases after the wipe').toEqual([])
    expect(after.localStorage, 'localStorage items after the wipe').toBe(0)
    expect(after.sessionStorage, 'sessionStorage items after the wipe').toBe(0)
    expect(after.caches.every((name) => name.startsWith('vitrine-kiosk:')), after.caches.join(', ')).toBe(true)
    expect(after.caches.some((name) => name.startsWith('vitrine-kiosk:app:')), 'the precache survives').toBe(true)

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
