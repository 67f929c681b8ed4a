import { KIOSK_META_CACHE, KIOSK_META_KEYS } from '../../core/kiosk/kioskCaches'
import { acceptHandoff, handoffUrl, type KioskHandoff } from '../../core/kiosk/kioskHandoff'
import { kioskMeta } from '../offline/kioskMeta'

/**
 * The handoff this page continues from, if it was opened by the page that ended the last visit
 * (its URL names the visit count the stored record has). The record is used once: it is removed
 * here whatever the outcome, so a later reload or a start after a crash is a start of its own.
 */
export async function takeHandoff(search: string): Promise<KioskHandoff | undefined> {
  try {
    const stored = await kioskMeta.read<KioskHandoff>(KIOSK_META_KEYS.handoff)
    if (stored !== undefined) await (await caches.open(KIOSK_META_CACHE)).delete(KIOSK_META_KEYS.handoff)
    return acceptHandoff(search, stored)
  } catch {
    return undefined
  }
}

/** Whether `url` loads now (from the offline worker's copy, or the network). */
async function loads(url: string): Promise<boolean> {
  try {
    return (await fetch(url, { cache: 'no-store' })).ok
  } catch {
    return false
  }
}

/**
 * Ends this page after a clean wipe: stores `handoff` and replaces the page (no history entry)
 * with a fresh one that continues from it. Resolves `false`, doing nothing, when the page could
 * not load again (offline without the offline worker): better this page than an error page.
 */
export async function handOffToFreshPage(handoff: KioskHandoff): Promise<boolean> {
  const next = handoffUrl(location.href, handoff.visits)
  if (!(await loads(next))) return false
  await kioskMeta.write(KIOSK_META_KEYS.handoff, handoff)
  location.replace(next)
  return true
}

