import type { Ranker } from '../../core/ranker/Ranker'
import { exportRankerState } from '../../core/ranker/exportRankerState'
import { importRankerState } from '../../core/ranker/importRankerState'

/** The one key the ranker's learned state lives under, only with the shopper's "remember" consent. */
export const RANKER_STORAGE_KEY = 'vitrine:ranker'

/** Saves the ranker's learned state (no mood, no session, nothing biometric). Errors say why. */
export function saveRanker(ranker: Ranker): string | undefined {
  try {
    localStorage.setItem(RANKER_STORAGE_KEY, JSON.stringify(exportRankerState(ranker)))
    return undefined
  } catch (error) {
    // QuotaExceededError (a full disk or a tight quota): keep working in memory.
    return `Your suggestions could not be remembered on this device (${error instanceof Error ? error.message : String(error)}). They still work for this visit.`
  }
}

/** Loads a saved state when there is one; a state that does not fit is reported and left alone. */
export function loadRanker(ranker: Ranker): string | undefined {
  const saved = localStorage.getItem(RANKER_STORAGE_KEY)
  if (saved === null) return undefined
  try {
    importRankerState(ranker, JSON.parse(saved))
    return undefined
  } catch (error) {
    return `Your remembered suggestions could not be restored (${error instanceof Error ? error.message : String(error)}); starting afresh.`
  }
}

export function forgetRanker(): void {
  localStorage.removeItem(RANKER_STORAGE_KEY)
}
