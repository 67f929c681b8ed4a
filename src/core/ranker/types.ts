import type { ProductManifest } from '../catalog/types'
import type { DwellEvent } from '../signals/dwellTypes'

/**
 * What the ranker reads of a product: the catalog manifest's descriptive fields (a full
 * `ProductManifest` fits), plus an optional embedding (any fixed length, the same for every product
 * that has one), e.g. from an image model run offline by the catalog service.
 */
export type RankerProduct = Pick<ProductManifest, 'id' | 'category' | 'price' | 'colours' | 'tags' | 'brand'> & {
  embedding?: readonly number[]
}

/** How the ranker explores: sample the model (Thompson) or add an uncertainty bonus (UCB). */
export type ExplorationMode = 'thompson' | 'ucb'

/** A budget the shopper stated: prices above it are marked down, never hidden. */
export interface Budget {
  amount: number
  /** ISO 4217 code; products priced in another currency are treated as "unknown fit". */
  currency: string
}

/** What the shopper told us up front. Both parts are optional and can be changed at any time. */
export interface StatedPreferences {
  /** Style words they picked, e.g. `["round", "tortoise", "brown"]`: catalog tags or colour families. */
  styles: readonly string[]
  budget: Budget | null
}

/** A shopper action on one product. Dwell is the gaze tracker's event (`core/signals`) tagged `'dwell'`. */
export type RankerEvent =
  | { kind: 'tryOn' | 'like' | 'skip' | 'addToBag'; id: string }
  | ({ kind: 'dwell' } & DwellEvent)

export type RankerEventKind = RankerEvent['kind']

/** Why a suggestion is there. Words for the shopper; never a mood word or a biometric value. */
export type ReasonKind = 'tried' | 'liked' | 'bagged' | 'looked' | 'style' | 'budget' | 'popular' | 'featured' | 'different' | 'pick'

/** One suggestion of the slate, in display order. */
export interface SlateEntry {
  id: string
  /** 0-based display position. */
  position: number
  reasonKind: ReasonKind
  /** Short sentence for the shopper, e.g. "because you tried round frames". */
  reason: string
  /** True for the explicit serendipity slot ("something different"). */
  serendipity: boolean
}

/** The state the UI subscribes to. A new object only when something visible changed. */
export interface RankerView {
  slate: readonly SlateEntry[]
  personalised: boolean
  preferences: StatedPreferences
}

/** Options of `new Ranker(products, options)`; every field is optional. */
export interface RankerOptions {
  /** Item feature dimension d (hashed encoding). Default `DEFAULT_FEATURE_DIMENSION` (32); 8..512. */
  dimension?: number
  /** Suggestions per slate. Default `DEFAULT_SLATE_SIZE` (5). */
  slateSize?: number
  /** `'thompson'` (default) or `'ucb'`. */
  exploration?: ExplorationMode
  /** Scale v of exploration: Thompson samples θ ~ N(μ, v²Σ); UCB adds v·√(φᵀΣφ). Default `DEFAULT_EXPLORATION_SCALE` (0.25). */
  explorationScale?: number
  /** Popularity per product id (any non-negative scale: past try-ons, sales). Missing ids count as least popular. Default none (catalog order). */
  popularity?: ReadonlyMap<string, number> | Readonly<Record<string, number>>
  /** MMR trade-off in [0, 1]: 1 ranks by score alone, lower favours variety. Default `MMR_LAMBDA` (0.75). */
  diversity?: number
  /** Keep the last slot for "something different" (needs a slate of 3 or more). Default true. */
  serendipity?: boolean
  /** Seed of the ranker's own generator (Thompson draws). Default 1. */
  seed?: number
  /** Weight of mood in the context (0 switches mood off entirely). Default 1. */
  moodWeight?: number
  /**
   * Strength of the exposure discount: each item's score is lowered by this · ln(1 + its rail count /
   * the mean count), so items the model rates about equally take turns. 0 switches it off.
   * Default `DEFAULT_EXPOSURE_BALANCE` (0.07).
   */
  exposureBalance?: number
}
