import { SESSION_PROFILE_DECAY } from './defaults'
import type { ItemFeatureTable } from './ItemFeatureTable'
import type { ItemToken } from './itemTokens'
import type { RankerEventKind, ReasonKind } from './types'

/** Engagement strength per event kind (dwell passes its own, reward × confidence). */
const ENGAGEMENT_STRENGTH: Readonly<Record<'tryOn' | 'like' | 'addToBag', number>> = { tryOn: 1, like: 1.5, addToBag: 2 }
const REASON_OF_KIND: Readonly<Record<'tryOn' | 'like' | 'addToBag' | 'dwell', ReasonKind>> = { tryOn: 'tried', like: 'liked', addToBag: 'bagged', dwell: 'looked' }

/** A token the shopper engaged with this session, for "because you tried round frames". */
export interface TokenCredit {
  token: ItemToken
  weight: number
  kind: ReasonKind
}

/**
 * What this session's behaviour says, as the ranker uses it: a decayed profile (sum of profile
 * parts) of engaged items and one of skipped items, both also kept at unit norm; the items acted on
 * (tried, liked, bagged or skipped: not suggested again this session); credits per nameable token
 * for reasons; and counts. Holds no mood value. `reset()` forgets it all (a new shopper).
 */
export class SessionProfile {
  readonly engaged: Float64Array
  readonly skipped: Float64Array
  readonly engagedUnit: Float64Array
  readonly skippedUnit: Float64Array
  readonly acted: Uint8Array
  readonly credits = new Map<string, TokenCredit>()
  events = 0
  private readonly items: ItemFeatureTable

  constructor(items: ItemFeatureTable) {
    this.items = items
    this.engaged = new Float64Array(items.dimension)
    this.skipped = new Float64Array(items.dimension)
    this.engagedUnit = new Float64Array(items.dimension)
    this.skippedUnit = new Float64Array(items.dimension)
    this.acted = new Uint8Array(items.count)
  }

  /** Folds one event on item `index` in. `strength` is used by dwell only (reward × confidence). */
  record(index: number, kind: RankerEventKind, strength = 1): void {
    this.events++
    if (kind === 'skip') {
      this.acted[index] = 1
      this.accumulate(this.skipped, this.skippedUnit, index, 1)
      return
    }
    const s = kind === 'dwell' ? strength : ENGAGEMENT_STRENGTH[kind]
    if (kind !== 'dwell') this.acted[index] = 1
    if (!(s > 0)) return
    this.accumulate(this.engaged, this.engagedUnit, index, s)
    for (const credit of this.credits.values()) credit.weight *= SESSION_PROFILE_DECAY
    for (const token of this.items.tokens[index]!) {
      if (!token.nameable) continue
      const credit = this.credits.get(token.key)
      const weight = (credit?.weight ?? 0) + s * token.weight
      this.credits.set(token.key, { token, weight, kind: REASON_OF_KIND[kind] })
    }
  }

  reset(): void {
    this.engaged.fill(0)
    this.skipped.fill(0)
    this.engagedUnit.fill(0)
    this.skippedUnit.fill(0)
    this.acted.fill(0)
    this.credits.clear()
    this.events = 0
  }

  private accumulate(sum: Float64Array, unit: Float64Array, index: number, strength: number): void {
    const { dimension: d, profileStart, vectors } = this.items
    let norm = 0
    for (let j = profileStart; j < d; j++) {
      const v = sum[j]! * SESSION_PROFILE_DECAY + strength * vectors[index * d + j]!
      sum[j] = v
      norm += v * v
    }
    const k = norm > 0 ? 1 / Math.sqrt(norm) : 0
    for (let j = profileStart; j < d; j++) unit[j] = sum[j]! * k
  }
}
