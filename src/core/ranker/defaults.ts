/** Item feature dimension d of the hashed encoding. */
export const DEFAULT_FEATURE_DIMENSION = 32
export const MIN_FEATURE_DIMENSION = 8
export const MAX_FEATURE_DIMENSION = 512

/** Context entries crossed with the item vector: bias, arousal, valence, attention, time-of-day sin and cos. */
export const CONTEXT_DIMENSION = 6
/** Item–session match features: similarity to engaged items, to skipped items, to stated styles; budget fit. */
export const MATCH_DIMENSION = 4

export const DEFAULT_SLATE_SIZE = 5
/** Slate sizes beyond this are refused: a rail, not a catalog page. */
export const MAX_SLATE_SIZE = 24

/** Ridge prior precision of every weight, in units of one unit-noise observation. */
export const PRIOR_PRECISION = 1
/** Prior mean reward of an average item (CTR-like scale), on the bias weight. */
export const PRIOR_BASE_REWARD = 0.15
/** Prior reward gained from least to most popular item, on the popularity weight. */
export const PRIOR_POPULARITY_REWARD_SPAN = 0.3

/** Thompson/UCB scale v (reward standard deviation units). */
export const DEFAULT_EXPLORATION_SCALE = 0.25
/** Strength of the exposure discount (try-on probability units): spreads the rail over items rated about equally. */
export const DEFAULT_EXPOSURE_BALANCE = 0.07
/** MMR trade-off λ between normalised score and similarity to what is already picked. */
export const MMR_LAMBDA = 0.75
/** Candidates MMR looks at, per slate slot. */
export const MMR_POOL_PER_SLOT = 6
/** Candidates the serendipity slot looks at. */
export const SERENDIPITY_POOL = 48
/** Catalog items drawn at random as serendipity candidates. */
export const SERENDIPITY_SAMPLES = 32
/** The serendipity pick must score in the top fraction of its pool. */
export const SERENDIPITY_TOP_FRACTION = 0.5
/** Smallest slate that keeps a serendipity slot (smaller slates are all best picks). */
export const SERENDIPITY_MIN_SLATE = 3

/** Engaged/skipped profiles decay by this factor per new event of their kind (recent acts weigh more). */
export const SESSION_PROFILE_DECAY = 0.7
/** Above this price/budget ratio a product gets the full "over budget" mark. */
export const BUDGET_OVER_RATIO_FULL = 1.5
/** Fixed slots at the start of every item vector: bias, popularity, price. */
export const FIXED_SLOTS = 3
/** Slots given to a projected embedding when products have one. */
export const EMBEDDING_SLOT_CAP = 8
/** Share of an item vector's squared norm given to its embedding (rest to hashed tokens). */
export const EMBEDDING_NORM_SHARE = 0.5
/** Seed of the fixed random projection of embeddings: changing it invalidates saved states. */
export const EMBEDDING_PROJECTION_SEED = 0x5eed
/** Seed mixed into token hashes: changing it invalidates saved states. */
export const FEATURE_HASH_SEED = 0x71ce
