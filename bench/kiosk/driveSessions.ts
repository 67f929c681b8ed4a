import type { Page } from 'playwright'

const STEP_TIMEOUT_MS = 90_000

/** The page's JS heap in use after a forced garbage collection, bytes (CDP, like DevTools' figure). */
export async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page)
  try {
    // Twice, with a pause: finalisers and weak references of the first pass free more in the second.
    await cdp.send('HeapProfiler.collectGarbage')
    await page.waitForTimeout(500)
    await cdp.send('HeapProfiler.collectGarbage')
    const { usedSize } = await cdp.send('Runtime.getHeapUsage')
    return usedSize
  } finally {
    await cdp.detach()
  }
}

/** How long one simulated visit took, and two of its moments, ms (wall clock, seen from the driver). */
export interface SessionTiming {
  /** Touch → back on a painted attract screen with the visit's wipe counted. */
  totalMs: number
  /** Allow camera pressed → the face tracked (tracker started, model loaded, first result). */
  allowToTrackedMs: number
  /** End and erase pressed → the attract loop painted again, the wipe counted (the next page's, after a handoff). */
  endToAttractMs: number
}

/**
 * One visitor, as a shopper does it: touch to start, allow the camera, wait for the face to be
 * tracked, wear another pair, End and erase; resolves once the kiosk is back on a painted attract
 * screen with the wipe counted (on the fresh page the kiosk hands over to after a wipe, so every
 * wait here rides out a navigation). `whileTracked` runs once the face is tracked (a measurement
 * in the middle of the visit).
 */
export async function driveSession(page: Page, index: number, whileTracked?: () => Promise<void>): Promise<SessionTiming> {
  const started = Date.now()
  await page.mouse.click(640, 400)
  await page.getByRole('button', { name: 'Allow camera' }).click({ timeout: STEP_TIMEOUT_MS })
  const allowedAt = Date.now()
  await page.locator('[data-status="tracking"]').waitFor({ timeout: STEP_TIMEOUT_MS })
  const trackedAt = Date.now()
  await whileTracked?.()
  await page.getByRole('radio').nth(1 + (index % 5)).click({ timeout: STEP_TIMEOUT_MS })
  await page.getByRole('button', { name: 'End and erase' }).click({ timeout: STEP_TIMEOUT_MS })
  const endedAt = Date.now()
  await page.waitForFunction(
    (wipes) => {
      const kiosk = (window as unknown as { __kiosk?: { state(): { phase: string; wipesDone: number } } }).__kiosk
      const state = kiosk?.state()
      return state?.phase === 'attract' && state.wipesDone === wipes && document.documentElement.dataset.attractVisible === 'true'
    },
    index,
    { timeout: STEP_TIMEOUT_MS },
  )
  const attractAt = Date.now()
  return { totalMs: attractAt - started, allowToTrackedMs: trackedAt - allowedAt, endToAttractMs: attractAt - endedAt }
}
