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

/**
 * One visitor, as a shopper does it: touch to start, allow the camera, wait for the face to be
 * tracked, wear another pair, End and erase; resolves once the kiosk is back on the attract
 * screen with the wipe counted. Returns how long it took, ms.
 */
export async function driveSession(page: Page, index: number): Promise<number> {
  const started = Date.now()
  await page.mouse.click(640, 400)
  await page.getByRole('button', { name: 'Allow camera' }).click({ timeout: STEP_TIMEOUT_MS })
  await page.locator('[data-status="tracking"]').waitFor({ timeout: STEP_TIMEOUT_MS })
  await page.getByRole('radio').nth(1 + (index % 5)).click({ timeout: STEP_TIMEOUT_MS })
  await page.getByRole('button', { name: 'End and erase' }).click({ timeout: STEP_TIMEOUT_MS })
  await page.waitForFunction(
    (wipes) => {
      const kiosk = (window as unknown as { __kiosk: { state(): { phase: string; wipesDone: number } } }).__kiosk
      const state = kiosk.state()
      return state.phase === 'attract' && state.wipesDone === wipes
    },
    index,
    { timeout: STEP_TIMEOUT_MS },
  )
  return Date.now() - started
}
