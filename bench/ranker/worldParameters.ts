/**
 * The simulated shoppers' hidden rules (logit units unless stated). Chosen, not fitted: they make
 * mood matter strongly enough to be learnable from noisy readings, while stated preferences, a
 * favourite style and a per-item appeal matter too. See docs/core/ranker.md, "Simulator".
 */
/** Attraction logit of an average item for a neutral shopper. */
export const BASE_LOGIT = -2.8
/** Calm shoppers like classic items, excited ones bold items: + this · (2·arousal − 1)(2·boldness − 1). */
export const MOOD_BOLDNESS_LOGIT = 2.2
/** Positive valence makes pricier items more tempting: + this · valence · price z-score. */
export const VALENCE_PRICE_LOGIT = 0.4
/** Per favourite tag the item carries. */
export const FAVOURITE_TAG_LOGIT = 0.8
/** Over a stated budget: − this · (price / budget − 1). */
export const OVER_BUDGET_LOGIT = 1
/** Standard deviation of an item's appeal to everyone, unrelated to its features (what popularity mostly measures). */
export const QUALITY_SD = 0.3
/** Standard deviation of a shopper's idiosyncratic taste per item (noise nobody can learn). */
export const IDIOSYNCRATIC_SD = 0.2

/** Probability that a shopper looks at each slate position (position bias), top first. */
export const EXAMINATION_BY_POSITION: readonly number[] = [1, 0.8, 0.62, 0.48, 0.38]
/** A looked-at suggestion that is not tried on is explicitly skipped (swiped away) this often. */
export const EXPLICIT_SKIP_PROBABILITY = 0.5

/** Share of shoppers who allow no mood signal at all (confidence 0). */
export const NO_SIGNAL_SHARE = 0.1
/** Signal quality of the others (reported as confidence), uniform in this range. */
export const SIGNAL_QUALITY_RANGE: readonly [number, number] = [0.5, 0.95]
/** Reading noise standard deviation at quality q: this · (1.2 − q). */
export const READING_NOISE_SD = 0.3
/** Exponential smoothing of readings per interaction (the mood model's lag). */
export const READING_SMOOTHING = 0.5
/** Random walk of true arousal per interaction, standard deviation. */
export const AROUSAL_DRIFT_SD = 0.03
/** Share of main-run sessions with a mood shift (calm ↔ excited) at a random interaction. */
export const SHIFT_SHARE = 0.3

/** Shares of shoppers stating their favourite styles / a budget. */
export const STATES_STYLES_SHARE = 0.5
export const STATES_BUDGET_SHARE = 0.3
/** Past impressions per item behind the catalog popularity figures. */
export const PAST_IMPRESSIONS_PER_ITEM = 400
