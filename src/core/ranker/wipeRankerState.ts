import { exportRankerState } from './exportRankerState'
import type { Ranker } from './Ranker'
import type { RankerState } from './rankerStateTypes'

/**
 * "Forget me" in one action: the ranker goes back to a brand-new one (prior model, no stated
 * preferences, empty session, neutral mood; personalised or not as before, since that follows consent) and the fresh state is returned for the
 * storage adapter to write over (or delete) the saved copy.
 */
export function wipeRankerState(ranker: Ranker): RankerState {
  ranker.resetAll()
  return exportRankerState(ranker)
}
