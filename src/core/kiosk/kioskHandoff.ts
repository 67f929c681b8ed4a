import type { KioskState } from './kioskTypes'
import type { WipeReport } from './WipeRegistry'

/**
 * What a kiosk page hands the next one when it ends a visit with a fresh page (see
 * docs/kiosk/README.md, "The wipe"): counts, whether someone is standing at the screen, and the
 * wipe's report. Never anything about a visitor: it is written only after the wipe.
 */
export interface KioskHandoff {
  /** Visits started and wiped since this start (equal here: every visit is wiped before a handoff). */
  visits: number
  /** Someone was in front of the screen as the visit ended (they must step away or touch to start again). */
  present: boolean
  /** The wipe that ended the last visit; a handoff is written only when it failed nowhere. */
  lastWipe: WipeReport
}

/** The page URL's parameter that marks a page opened after a wipe: the number of visits so far. */
export const HANDOFF_PARAM = 'after-wipe'

/** The next page's URL: `href` with `after-wipe=<visits>` (replacing an older one), its other settings as written. */
export function handoffUrl(href: string, visits: number): string {
  const url = new URL(href)
  const kept = url.search.slice(1).split('&').filter((part) => part !== '' && part.split('=')[0] !== HANDOFF_PARAM)
  url.search = [...kept, `${HANDOFF_PARAM}=${visits}`].join('&')
  return url.href
}

/**
 * The handoff a page continues from: the stored record only when the page's URL names the same
 * visit count (a page the launcher opened after a crash or a power cut has no marker, and a stale
 * record never matches a newer marker). `undefined`: this page is a start of its own.
 */
export function acceptHandoff(search: string, stored: KioskHandoff | undefined): KioskHandoff | undefined {
  const marker = new URLSearchParams(search).get(HANDOFF_PARAM)
  if (marker === null || stored === undefined) return undefined
  const visits = Number(marker)
  if (!Number.isInteger(visits) || visits < 1 || stored.visits !== visits) return undefined
  if (typeof stored.present !== 'boolean' || !stored.lastWipe || !Array.isArray(stored.lastWipe.failed) || stored.lastWipe.failed.length > 0) return undefined
  return stored
}

/** The handoff after a clean wipe that took the kiosk from `state` (still `wiping`) back to attract. */
export function handoffAfterWipe(state: KioskState, lastWipe: WipeReport): KioskHandoff {
  return { visits: state.sessionsStarted, present: state.present, lastWipe }
}
