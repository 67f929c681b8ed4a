/** The items file of an Open Bandit Dataset campaign: one row per item (action). */
export interface ObdItems {
  count: number
  /** Numeric item features (e.g. `item_feature_0`), standardised: count × numericNames.length. */
  numeric: Float64Array
  numericNames: string[]
  /** Categorical item features as `name=value` tokens, per item. */
  categorical: string[][]
}

/** A logged bandit feedback file, rows in time order. */
export interface ObdLog {
  rows: number
  /** Positions in a slate (the largest `position` seen; positions are 1..positions). */
  positions: number
  item: Int32Array
  /** 1-based. */
  position: Int32Array
  click: Uint8Array
  /** Logging policy's probability of this item at this position. */
  propensity: Float64Array
  /** Milliseconds since the epoch. */
  time: Float64Array
  /** Categorical user features as `name=value` tokens, per row. */
  userTokens: string[][]
  /** User–item affinities, rows × itemCount (0 when the file has none). */
  affinity: Float32Array
  affinityCount: number
}
