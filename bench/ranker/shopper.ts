import type { MoodState } from '../../src/core/mood/types'
import { gaussian } from '../../src/core/random/gaussian'
import { mulberry32 } from '../../src/core/random/mulberry32'
import { STYLE_TAGS, type SimItem } from './syntheticCatalog'
import {
  AROUSAL_DRIFT_SD, BASE_LOGIT, FAVOURITE_TAG_LOGIT, IDIOSYNCRATIC_SD, MOOD_BOLDNESS_LOGIT, NO_SIGNAL_SHARE, OVER_BUDGET_LOGIT, READING_NOISE_SD,
  READING_SMOOTHING, SIGNAL_QUALITY_RANGE, STATES_BUDGET_SHARE, STATES_STYLES_SHARE, VALENCE_PRICE_LOGIT,
} from './worldParameters'

/** One simulated shopper for one session: hidden truth plus what the ranker may observe. */
export interface Shopper {
  favouriteTags: readonly string[]
  budgetEur: number
  /** What they tell the kit (a subset of the truth, or nothing). */
  statedStyles: readonly string[]
  statedBudgetEur: number | null
  /** True mood per interaction (hidden). */
  arousal: Float64Array
  valence: Float64Array
  /** The mood model's output per interaction: noisy, smoothed readings with a confidence. */
  observed: readonly MoodState[]
  /** Idiosyncratic taste per item (hidden). */
  idiosyncratic: Float64Array
}

const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v))

/**
 * Draws a shopper from `seed` (so every policy meets the same one): favourite styles, a budget,
 * which of them they state, signal quality, a true mood path over `interactions` (with a calm ↔
 * excited jump before interaction `shiftAt`, or none for -1) and the readings the kit gets.
 */
export function drawShopper(seed: number, items: readonly SimItem[], interactions: number, shiftAt: number): Shopper {
  const random = mulberry32(seed)
  const styled = STYLE_TAGS.filter(([, b]) => b !== 0.5).map(([t]) => t)
  const favourites = [styled[Math.floor(random() * styled.length)]!]
  if (random() < 0.5) favourites.push(styled[Math.floor(random() * styled.length)]!)
  const budgetEur = Math.round(80 + 160 * random())
  const statedStyles = random() < STATES_STYLES_SHARE ? favourites : []
  const statedBudgetEur = random() < STATES_BUDGET_SHARE ? budgetEur : null
  const quality = random() < NO_SIGNAL_SHARE ? 0 : SIGNAL_QUALITY_RANGE[0] + (SIGNAL_QUALITY_RANGE[1] - SIGNAL_QUALITY_RANGE[0]) * random()
  const arousal = new Float64Array(interactions)
  const valence = new Float64Array(interactions)
  // A shifting shopper starts near one end so the jump is a real change of state.
  let a = shiftAt >= 0 ? (random() < 0.5 ? 0.1 + 0.2 * random() : 0.7 + 0.2 * random()) : random()
  const v = 2 * random() - 1
  for (let t = 0; t < interactions; t++) {
    if (t === shiftAt) a = 1 - a
    a = clamp(a + AROUSAL_DRIFT_SD * gaussian(random), 0, 1)
    arousal[t] = a
    valence[t] = v
  }
  const observed: MoodState[] = []
  let ra = 0.5
  let rv = 0
  for (let t = 0; t < interactions; t++) {
    const noise = READING_NOISE_SD * (1.2 - quality)
    const na = clamp(arousal[t]! + noise * gaussian(random), 0, 1)
    const nv = clamp(valence[t]! + noise * gaussian(random), -1, 1)
    ra = t === 0 ? na : ra + READING_SMOOTHING * (na - ra)
    rv = t === 0 ? nv : rv + READING_SMOOTHING * (nv - rv)
    observed.push(quality === 0
      ? { arousal: { value: 0.5, confidence: 0 }, valence: { value: 0, confidence: 0 }, attention: { value: 0.5, confidence: 0 }, atSec: t }
      : { arousal: { value: ra, confidence: quality }, valence: { value: rv, confidence: quality }, attention: { value: 0.5, confidence: 0 }, atSec: t })
  }
  const idiosyncratic = new Float64Array(items.length)
  for (let i = 0; i < items.length; i++) idiosyncratic[i] = IDIOSYNCRATIC_SD * gaussian(random)
  return { favouriteTags: favourites, budgetEur, statedStyles, statedBudgetEur, arousal, valence, observed, idiosyncratic }
}

/** Probability that the shopper tries each item on if they look at it, at interaction t, into `out`. */
export function attraction(shopper: Shopper, items: readonly SimItem[], t: number, out: Float64Array): Float64Array {
  const a = 2 * shopper.arousal[t]! - 1
  const v = shopper.valence[t]!
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!
    let logit = BASE_LOGIT + item.quality + MOOD_BOLDNESS_LOGIT * a * (2 * item.boldness - 1) + VALENCE_PRICE_LOGIT * v * item.priceZ + shopper.idiosyncratic[i]!
    for (const tag of shopper.favouriteTags) if (item.product.tags.includes(tag)) logit += FAVOURITE_TAG_LOGIT
    const price = item.product.price.amount
    if (price > shopper.budgetEur) logit -= OVER_BUDGET_LOGIT * (price / shopper.budgetEur - 1)
    out[i] = 1 / (1 + Math.exp(-logit))
  }
  return out
}
