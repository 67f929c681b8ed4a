/** Format tag of a saved ranker state. */
export const RANKER_STATE_FORMAT = 'vitrine-ranker-state'
/** Version this kit writes and reads. */
export const RANKER_STATE_VERSION = 1

/**
 * A saved ranker: JSON-safe (plain numbers, strings, booleans, arrays), versioned. It holds the
 * model's posterior (aggregate statistics over all events), the stated preferences and the
 * personalisation switch; never a mood sample, the current mood, or the session's events.
 */
export interface RankerState {
  format: typeof RANKER_STATE_FORMAT
  version: typeof RANKER_STATE_VERSION
  /** `Ranker.featureSpaceId` of the ranker that wrote it. */
  featureSpace: string
  /** Events absorbed by the model. */
  observations: number
  /** Posterior mean, length n = |φ|. */
  mean: number[]
  /** Cholesky factor of the posterior precision, lower triangle packed row by row (n(n+1)/2). */
  precisionCholesky: number[]
  preferences: { styles: string[]; budget: { amount: number; currency: string } | null }
  personalised: boolean
}
