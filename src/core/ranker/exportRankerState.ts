import type { Ranker } from './Ranker'
import { RANKER_STATE_FORMAT, RANKER_STATE_VERSION, type RankerState } from './rankerStateTypes'

/** The ranker's persistent state as a JSON-safe object (see {@link RankerState}: no mood, no session). */
export function exportRankerState(ranker: Ranker): RankerState {
  const { model } = ranker
  const n = model.dimension
  const packed: number[] = []
  for (let i = 0; i < n; i++) for (let j = 0; j <= i; j++) packed.push(model.precisionCholesky[i * n + j]!)
  const { preferences, personalised } = ranker.store.getState()
  return {
    format: RANKER_STATE_FORMAT,
    version: RANKER_STATE_VERSION,
    featureSpace: ranker.featureSpaceId,
    observations: model.observations,
    mean: Array.from(model.mean),
    precisionCholesky: packed,
    preferences: { styles: [...preferences.styles], budget: preferences.budget ? { ...preferences.budget } : null },
    personalised,
  }
}
