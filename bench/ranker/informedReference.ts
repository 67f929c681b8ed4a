import { FAVOURITE_TAG_LOGIT, BASE_LOGIT, EXAMINATION_BY_POSITION, EXPLICIT_SKIP_PROBABILITY, IDIOSYNCRATIC_SD, MOOD_BOLDNESS_LOGIT, OVER_BUDGET_LOGIT, VALENCE_PRICE_LOGIT } from './worldParameters'
import type { Shopper } from './shopper'
import { STYLE_TAGS, type SimItem } from './syntheticCatalog'

/** The tags a favourite is drawn from (shopper.ts), in a fixed order. */
const FAVOURITE_CANDIDATES = STYLE_TAGS.filter(([, b]) => b !== 0.5).map(([t]) => t)
const F = FAVOURITE_CANDIDATES.length
/** Budget grid (EUR) for unstated budgets: the prior is uniform on 80..240 (shopper.ts). */
const BUDGET_GRID = Array.from({ length: 17 }, (_, k) => 80 + 10 * k)
const BUDGET_PRIOR = BUDGET_GRID.map((_, k) => (k === 0 || k === BUDGET_GRID.length - 1 ? 0.5 : 1) / (BUDGET_GRID.length - 1))
/** Arousal × valence grid averaged over when the shopper allows no signal. */
const MOOD_GRID: readonly (readonly [number, number])[] = [-1, -0.6, -0.2, 0.2, 0.6, 1].flatMap((a) => [-0.8, -0.4, 0, 0.4, 0.8].map((v) => [a, v] as const))
/** E[σ(l + ε)], ε ~ N(0, IDIOSYNCRATIC_SD²), by the probit approximation σ(l / √(1 + πs²/8)). */
const IDIOSYNCRASY_SHRINK = 1 / Math.sqrt(1 + (Math.PI * IDIOSYNCRATIC_SD ** 2) / 8)
const sigmoid = (x: number) => 1 / (1 + Math.exp(-x))

/**
 * The informed reference: what a policy could reach that already knew everything the simulator
 * lets anyone learn, seeing only what the kit sees. It knows the world's rules and constants
 * (worldParameters.ts) and every item's hidden quality, boldness and price z-score (perfect
 * population learning); it reads the mood from the same noisy readings the kit gets (plugging the
 * reading in; averaging over a grid when the shopper allows no signal); it knows the stated
 * favourites and budget, and infers unstated ones exactly by Bayes' rule from the session's try-ons
 * and skips (prior: the draw in shopper.ts; budget on a 10-EUR grid). It cannot know the
 * shopper's per-item idiosyncrasy (independent per item, so nothing in the session reveals it).
 * It shows the items of highest posterior expected attraction, best first (myopic). Not a bound in
 * the strict sense (a policy that explored within the session could in principle do slightly
 * better), but the yardstick of what the kit's inputs allow; the oracle sees the hidden truth.
 */
/** Variants of the reference, for the ceilings diagnostic (bench/rankerCeilings.ts); the benchmark uses the defaults. */
export interface InformedReferenceOptions {
  /** Mood from the kit's readings (default), the true mood (more than any policy sees), or readings for the first slate and the true mood after it. */
  mood?: 'readings' | 'true' | 'trueAfterFirstSlate'
  /**
   * What it knows of favourites and budget: the stated ones and Bayes from the session (default),
   * the stated ones only (no learning), the truth, or Bayes for the first slate and the truth after it.
   */
  tastes?: 'bayes' | 'stated' | 'true' | 'trueAfterFirstSlate'
}

export class InformedReference {
  readonly name = 'informed reference'
  private readonly options: Required<InformedReferenceOptions>
  private readonly items: readonly SimItem[]
  private readonly mask: Uint8Array
  private readonly price: Float64Array
  private readonly expected: Float64Array
  private readonly w: Float64Array
  private favourites: Int32Array = new Int32Array(0)
  private budgets: number[] = []
  private posterior = new Float64Array(0)
  private shopper: Shopper | null = null
  private moodBases: Float64Array[] = []
  private lastSlate = new Int32Array(0)
  private lastCount = 0
  private slatesSeen = 0
  private tried = -1
  private skipped: number[] = []

  constructor(items: readonly SimItem[], options: InformedReferenceOptions = {}) {
    this.options = { mood: options.mood ?? 'readings', tastes: options.tastes ?? 'bayes' }
    this.items = items
    const n = items.length
    this.mask = new Uint8Array(n * F)
    items.forEach((item, i) => FAVOURITE_CANDIDATES.forEach((tag, f) => (this.mask[i * F + f] = item.product.tags.includes(tag) ? 1 : 0)))
    this.price = Float64Array.from(items, (i) => i.product.price.amount)
    this.expected = new Float64Array(n)
    this.w = new Float64Array(3 * BUDGET_GRID.length)
  }

  /** A new shopper: the prior over what they did not state. */
  startSession(shopper: Shopper): void {
    this.shopper = shopper
    this.lastCount = 0
    this.slatesSeen = 0
    if (this.options.tastes === 'true') {
      this.knowTruth(shopper)
      return
    }
    const stated = shopper.statedStyles.map((t) => FAVOURITE_CANDIDATES.indexOf(t))
    // Favourite states: one tag (f, -1) or two drawn tags (f, g), g possibly equal to f, as shopper.ts draws them.
    const fav: number[] = []
    const favPrior: number[] = []
    if (stated.length > 0) {
      fav.push(stated[0]!, stated[1] ?? -1)
      favPrior.push(1)
    } else {
      for (let f = 0; f < F; f++) {
        fav.push(f, -1)
        favPrior.push(0.5 / F)
        for (let g = 0; g < F; g++) {
          fav.push(f, g)
          favPrior.push(0.5 / F / F)
        }
      }
    }
    this.favourites = Int32Array.from(fav)
    this.budgets = shopper.statedBudgetEur === null ? BUDGET_GRID : [shopper.statedBudgetEur]
    const budgetPrior = shopper.statedBudgetEur === null ? BUDGET_PRIOR : [1]
    const nb = this.budgets.length
    this.posterior = new Float64Array(favPrior.length * nb)
    favPrior.forEach((p, a) => budgetPrior.forEach((q, b) => (this.posterior[a * nb + b] = p * q)))
  }

  /** Point mass on the shopper's true favourites and budget. */
  private knowTruth(shopper: Shopper): void {
    const fav = shopper.favouriteTags.map((t) => FAVOURITE_CANDIDATES.indexOf(t))
    this.favourites = Int32Array.from([fav[0]!, fav[1] ?? -1])
    this.budgets = [shopper.budgetEur]
    this.posterior = Float64Array.from([1])
  }

  /** Writes the slate for interaction t (items of highest posterior expected attraction), skipping `acted`. */
  slate(t: number, acted: Uint8Array, out: Int32Array): number {
    const shopper = this.shopper!
    this.absorbLastSlate()
    const o = shopper.observed[t]!
    const trueMood = this.options.mood === 'true' || (this.options.mood === 'trueAfterFirstSlate' && this.slatesSeen > 0)
    const moods = trueMood ? [[2 * shopper.arousal[t]! - 1, shopper.valence[t]!] as const]
      : o.arousal.confidence > 0 ? [[2 * o.arousal.value - 1, o.valence.value] as const] : MOOD_GRID
    this.moodBases = moods.map(([a, v]) => Float64Array.from(this.items, (item) => BASE_LOGIT + item.quality + MOOD_BOLDNESS_LOGIT * a * (2 * item.boldness - 1) + VALENCE_PRICE_LOGIT * v * item.priceZ))
    const n = this.items.length
    const nb = this.budgets.length
    const states = this.favourites.length / 2
    let z = 0
    for (let k = 0; k < this.posterior.length; k++) z += this.posterior[k]!
    for (let i = 0; i < n; i++) {
      if (acted[i]) {
        this.expected[i] = -1
        continue
      }
      const w = this.w
      w.fill(0)
      for (let a = 0; a < states; a++) {
        const m = this.favouriteCount(i, a)
        for (let b = 0; b < nb; b++) w[m * nb + b]! += this.posterior[a * nb + b]!
      }
      let e = 0
      for (let m = 0; m < 3; m++) for (let b = 0; b < nb; b++) if (w[m * nb + b]! > 0) e += w[m * nb + b]! * this.attraction(i, m, this.budgets[b]!)
      this.expected[i] = e / z
    }
    let filled = 0
    for (; filled < out.length; filled++) {
      let best = -1
      for (let i = 0; i < n; i++) {
        if (this.expected[i]! < 0) continue
        if (best < 0 || this.expected[i]! > this.expected[best]!) best = i
      }
      if (best < 0) break
      out[filled] = best
      this.expected[best] = -1
    }
    this.lastSlate = out.slice(0, filled)
    this.lastCount = filled
    this.tried = -1
    this.skipped = []
    return filled
  }

  /** The shopper's events on the last slate (what the kit gets too). */
  record(kind: 'tryOn' | 'skip', item: number): void {
    if (kind === 'tryOn') this.tried = item
    else this.skipped.push(item)
  }

  /** Bayes' rule over (favourites, budget) with the last slate's events under the examination model. */
  private absorbLastSlate(): void {
    if (this.lastCount === 0) return
    this.slatesSeen++
    const { tastes } = this.options
    if (tastes === 'true' || tastes === 'stated' || (tastes === 'trueAfterFirstSlate' && this.slatesSeen === 1)) {
      if (tastes === 'trueAfterFirstSlate') this.knowTruth(this.shopper!)
      this.lastCount = 0
      return
    }
    const nb = this.budgets.length
    const states = this.favourites.length / 2
    const triedAt = this.tried < 0 ? this.lastCount : this.lastSlate.indexOf(this.tried)
    for (let a = 0; a < states; a++) {
      for (let b = 0; b < nb; b++) {
        let likelihood = 1
        for (let p = 0; p <= Math.min(triedAt, this.lastCount - 1); p++) {
          const item = this.lastSlate[p]!
          const q = this.attraction(item, this.favouriteCount(item, a), this.budgets[b]!)
          const e = EXAMINATION_BY_POSITION[p]!
          if (p === triedAt) likelihood *= e * q
          else if (this.skipped.includes(item)) likelihood *= e * (1 - q) * EXPLICIT_SKIP_PROBABILITY
          else likelihood *= 1 - e + e * (1 - q) * (1 - EXPLICIT_SKIP_PROBABILITY)
        }
        this.posterior[a * nb + b]! *= likelihood
      }
    }
    let z = 0
    for (let k = 0; k < this.posterior.length; k++) z += this.posterior[k]!
    if (z > 0) for (let k = 0; k < this.posterior.length; k++) this.posterior[k]! /= z
    this.lastCount = 0
  }

  private favouriteCount(item: number, state: number): number {
    const f = this.favourites[2 * state]!
    const g = this.favourites[2 * state + 1]!
    return this.mask[item * F + f]! + (g < 0 ? 0 : this.mask[item * F + g]!)
  }

  /** Expected attraction of `item` with m favourite tags and budget b, averaged over the mood grid and the idiosyncrasy. */
  private attraction(item: number, m: number, budget: number): number {
    let extra = FAVOURITE_TAG_LOGIT * m
    const price = this.price[item]!
    if (price > budget) extra -= OVER_BUDGET_LOGIT * (price / budget - 1)
    let s = 0
    for (const base of this.moodBases) s += sigmoid((base[item]! + extra) * IDIOSYNCRASY_SHRINK)
    return s / this.moodBases.length
  }
}
