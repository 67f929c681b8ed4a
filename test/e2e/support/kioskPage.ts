import { expect, type Page } from '@playwright/test'

/** What the kiosk's `window.__kiosk` hook answers (pages opened with `?hooks`). */
export interface KioskSnapshot {
  phase: string
  sessionId: number
  sessionsStarted: number
  wipesDone: number
  present: boolean
}

/** What the site keeps in this browser: IndexedDB databases, storage items, caches. */
export interface StorageSnapshot {
  databases: string[]
  localStorage: number
  sessionStorage: number
  caches: string[]
}

/** Opens the kiosk page with its test hook and the given settings; waits for the attract loop. */
export async function openKiosk(page: Page, query: string): Promise<void> {
  await page.goto(`/kiosk/?hooks&${query}`)
  await expect(page.locator('html[data-attract-visible="true"]')).toBeAttached({ timeout: 60_000 })
}

/**
 * The kiosk's state now. A visit's end replaces the page with a fresh one (the handoff): this
 * rides out that navigation and answers from whichever page has its hook.
 */
export async function kioskState(page: Page): Promise<KioskSnapshot> {
  // The handoff can replace the page between finding the hook and reading its answer: ask again.
  for (let attempt = 1; ; attempt++) {
    try {
      const handle = await page.waitForFunction(() => {
        const s = (window as any).__kiosk?.state()
        return s && { phase: s.phase, sessionId: s.sessionId, sessionsStarted: s.sessionsStarted, wipesDone: s.wipesDone, present: s.present }
      })
      return (await handle.jsonValue()) as KioskSnapshot
    } catch (error) {
      if (attempt >= 5 || !/Execution context was destroyed/.test(String(error))) throw error
    }
  }
}

export function storageSnapshot(page: Page): Promise<StorageSnapshot> {
  return page.evaluate(async () => ({
    databases: (await indexedDB.databases()).map((d) => d.name ?? ''),
    localStorage: localStorage.length,
    sessionStorage: sessionStorage.length,
    caches: await caches.keys(),
  }))
}

/**
 * Leaves in the browser what a session's page code could: an IndexedDB database, localStorage
 * and sessionStorage items, and a cache of its own.
 */
export function leaveSessionData(page: Page): Promise<void> {
  return page.evaluate(async () => {
    localStorage.setItem('visit-note', 'liked the round ones')
    sessionStorage.setItem('visit-step', 'try-on')
    await (await caches.open('visit-scratch')).put('/visit-scratch.json', new Response('{"worn":3}'))
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open('visit-db', 1)
      request.onupgradeneeded = () => request.result.createObjectStore('things')
      request.onerror = () => reject(request.error)
      request.onsuccess = () => {
        const db = request.result
        const tx = db.transaction('things', 'readwrite')
        tx.objectStore('things').put({ tried: ['orbit-round-gold'] }, 'visit')
        tx.oncomplete = () => {
          db.close()
          resolve()
        }
      }
    })
  })
}

/**
 * Touches a neutral spot every second until `done` settles: a shopper using the screen while a
 * slow machine is still starting the tracker (touches keep the session from idling out).
 */
export async function keepTouching<T>(page: Page, done: Promise<T>): Promise<T> {
  let settled = false
  const result = done.finally(() => {
    settled = true
  })
  while (!settled) {
    await page.mouse.click(4, 4).catch(() => undefined)
    await Promise.race([result.catch(() => undefined), new Promise((resolve) => setTimeout(resolve, 1000))])
  }
  return result
}
