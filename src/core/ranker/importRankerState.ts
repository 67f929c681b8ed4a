import { parseRankerState } from './parseRankerState'
import type { Ranker } from './Ranker'
import type { RankerState } from './rankerStateTypes'

/**
 * Loads a saved state (e.g. parsed from the browser's storage) into `ranker`. The whole state is
 * validated first: on any problem a `RankerStateError` lists them all and the ranker is unchanged.
 * Returns the typed state.
 */
export function importRankerState(ranker: Ranker, saved: unknown): RankerState {
  const n = ranker.model.dimension
  const state = parseRankerState(saved, ranker.featureSpaceId, n)
  const cholesky = new Float64Array(n * n)
  let k = 0
  for (let i = 0; i < n; i++) for (let j = 0; j <= i; j++) cholesky[i * n + j] = state.precisionCholesky[k++]!
  ranker.restoreModel(state.mean, cholesky, state.observations)
  ranker.setPreferences(state.preferences)
  ranker.setPersonalised(state.personalised)
  return state
}
