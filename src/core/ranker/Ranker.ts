import { NEUTRAL_MOOD, type MoodState } from '../mood/types'
import { mulberry32 } from '../random/mulberry32'
import { BayesianLinearModel } from './BayesianLinearModel'
import { createStore, type Store } from './createStore'
import { ExposureBalance } from './ExposureBalance'
import { CONTEXT_DIMENSION, DEFAULT_EXPLORATION_SCALE, DEFAULT_EXPOSURE_BALANCE, DEFAULT_FEATURE_DIMENSION, DEFAULT_SLATE_SIZE, MATCH_DIMENSION, MAX_SLATE_SIZE, MMR_LAMBDA } from './defaults'
import { foldWeights } from './foldWeights'
import { ItemFeatureTable } from './ItemFeatureTable'
import type { MatchInputs } from './MatchInputs'
import { priorFor } from './priorFor'
import { rewardForEvent } from './rewardForEvent'
import { scoreItems, type UcbInputs } from './scoreItems'
import { SessionProfile } from './SessionProfile'
import { SlateComposer } from './SlateComposer'
import { StatedPreferenceFeatures } from './StatedPreferenceFeatures'
import type { ExplorationMode, RankerEvent, RankerOptions, RankerProduct, RankerView, StatedPreferences } from './types'
import { UcbVarianceCache } from './UcbVarianceCache'
import { validateEvent } from './validateEvent'
import { writeContext } from './writeContext'
import { featureLength, writeFeatures } from './writeFeatures'

const NO_PREFERENCES: StatedPreferences = Object.freeze({ styles: Object.freeze([]) as readonly string[], budget: null })

/**
 * The on-device ranker: a contextual bandit over the catalog (see docs/core/ranker.md).
 * `setMood` and `setHourOfDay` only store the context (call them as often as the mood is sampled);
 * the slate is recomputed on shopper events, preference changes, `refresh()` and `startSession()`,
 * never per frame. The UI reads `store` (a vanilla store of {@link RankerView}).
 */
export class Ranker {
  readonly store: Store<RankerView>
  readonly items: ItemFeatureTable
  readonly model: BayesianLinearModel
  readonly exploration: ExplorationMode
  /** Identifies the feature space; a saved state only loads into a ranker with the same one. */
  readonly featureSpaceId: string
  private readonly session: SessionProfile
  private readonly stated: StatedPreferenceFeatures
  private readonly match: MatchInputs
  private readonly composer: SlateComposer
  private readonly ucb: UcbInputs | null
  private readonly exposure: ExposureBalance
  private readonly random: () => number
  private readonly scale: number
  private readonly moodWeight: number
  private readonly context = new Float64Array(CONTEXT_DIMENSION)
  private readonly theta: Float64Array
  private readonly phi: Float64Array
  private readonly folded: Float64Array
  private readonly perItem = new Float64Array(2)
  private readonly scores: Float64Array
  private mood: MoodState = NEUTRAL_MOOD
  private hourOfDay: number | null = null

  constructor(products: readonly RankerProduct[], options: RankerOptions = {}) {
    const { dimension = DEFAULT_FEATURE_DIMENSION, slateSize = DEFAULT_SLATE_SIZE, exploration = 'thompson', explorationScale = DEFAULT_EXPLORATION_SCALE,
      diversity = MMR_LAMBDA, serendipity = true, seed = 1, moodWeight = 1, exposureBalance = DEFAULT_EXPOSURE_BALANCE } = options
    if (!Number.isInteger(slateSize) || slateSize < 1 || slateSize > MAX_SLATE_SIZE) throw new RangeError(`[vitrine/ranker] slateSize must be an integer in 1..${MAX_SLATE_SIZE}, found ${slateSize}`)
    if (exploration !== 'thompson' && exploration !== 'ucb') throw new RangeError(`[vitrine/ranker] exploration must be 'thompson' or 'ucb', found ${JSON.stringify(exploration)}`)
    if (!(explorationScale >= 0) || !Number.isFinite(explorationScale)) throw new RangeError(`[vitrine/ranker] explorationScale must be a finite number >= 0, found ${explorationScale}`)
    if (!(diversity >= 0 && diversity <= 1)) throw new RangeError(`[vitrine/ranker] diversity must be in [0, 1], found ${diversity}`)
    if (!(moodWeight >= 0) || !Number.isFinite(moodWeight)) throw new RangeError(`[vitrine/ranker] moodWeight must be a finite number >= 0, found ${moodWeight}`)
    if (!(exposureBalance >= 0) || !Number.isFinite(exposureBalance)) throw new RangeError(`[vitrine/ranker] exposureBalance must be a finite number >= 0, found ${exposureBalance}`)
    this.items = new ItemFeatureTable(products, dimension, options.popularity)
    this.random = mulberry32(seed)
    const prior = priorFor(dimension)
    this.model = new BayesianLinearModel(featureLength(dimension), prior.mean, prior.precision)
    this.exploration = exploration
    this.scale = explorationScale
    this.moodWeight = moodWeight
    this.featureSpaceId = `vitrine-ranker/d${dimension}/e${this.items.hashStart - this.items.profileStart}/c${CONTEXT_DIMENSION}/m${MATCH_DIMENSION}`
    this.session = new SessionProfile(this.items)
    this.stated = new StatedPreferenceFeatures(this.items)
    this.match = { engaged: this.session.engagedUnit, skipped: this.session.skippedUnit, styleMatch: this.stated.styleMatch, budgetFit: this.stated.budgetFit }
    this.composer = new SlateComposer(this.items, slateSize, diversity, serendipity, popularityGiven(options.popularity), this.random)
    this.theta = new Float64Array(this.model.dimension)
    this.phi = new Float64Array(this.model.dimension)
    this.folded = new Float64Array(dimension)
    this.scores = new Float64Array(this.items.count)
    this.exposure = new ExposureBalance(this.items.count, exposureBalance)
    this.ucb = exploration === 'ucb'
      ? { cache: new UcbVarianceCache(this.items), context: this.context, model: this.model, scale: explorationScale, match: new Float64Array(MATCH_DIMENSION) }
      : null
    this.ucb?.cache.rebuild(this.model)
    writeContext(this.mood, this.hourOfDay, this.moodWeight, this.context)
    this.store = createStore<RankerView>({ slate: [], personalised: true, preferences: NO_PREFERENCES })
    this.rerank()
  }

  /** Stores the latest mood sample for the next rerank (no rerank now). Values are never persisted. */
  setMood(mood: MoodState): void {
    this.mood = mood
    writeContext(mood, this.hourOfDay, this.moodWeight, this.context)
  }

  /** Local hour 0–24 for the time-of-day bucket, or null when unknown (no rerank now). */
  setHourOfDay(hour: number | null): void {
    if (hour !== null && !(hour >= 0 && hour < 24)) throw new RangeError(`[vitrine/ranker] hour of day must be in [0, 24) or null, found ${hour}`)
    this.hourOfDay = hour
    writeContext(this.mood, hour, this.moodWeight, this.context)
  }

  /** What the shopper stated (styles, budget); reranks. */
  setPreferences(preferences: StatedPreferences): void {
    const styles = Object.freeze(preferences.styles.map((s) => String(s)))
    const budget = preferences.budget === null ? null : Object.freeze({ amount: preferences.budget.amount, currency: preferences.budget.currency })
    if (budget !== null && !(budget.amount > 0 && Number.isFinite(budget.amount))) throw new RangeError(`[vitrine/ranker] budget.amount must be a finite number > 0, found ${budget.amount}`)
    this.stated.set({ styles, budget })
    this.store.setState((v) => ({ ...v, preferences: Object.freeze({ styles, budget }) }))
    this.rerank()
  }

  /** Off: the non-personalised (popularity) order, and events teach nothing. Reranks. */
  setPersonalised(on: boolean): void {
    if (this.store.getState().personalised === on) return
    this.store.setState((v) => ({ ...v, personalised: on }))
    this.rerank()
  }

  /** A shopper event: updates the model (when personalised) and reranks. Throws on an unknown id or malformed event. */
  record(event: RankerEvent): void {
    validateEvent(event)
    const index = this.items.indexOf(event.id)
    if (index < 0) throw new RangeError(`[vitrine/ranker] record: no product ${JSON.stringify(event.id)} in the ranker's catalog`)
    if (!this.store.getState().personalised) return
    const { reward, weight } = rewardForEvent(event)
    // Learn from the context the item was judged in, before the event changes the session.
    writeFeatures(this.items, index, this.context, this.match, this.phi)
    this.model.update(this.phi, reward, weight)
    if (this.ucb !== null && weight > 0) this.ucb.cache.applyUpdate(this.model)
    this.session.record(index, event.kind, reward * weight)
    this.rerank()
  }

  /** Recomputes the slate now (e.g. when the rail comes into view). */
  refresh(): void {
    this.rerank()
  }

  /** A new shopper: forgets the session behaviour and mood (the model and preferences stay). Reranks. */
  startSession(): void {
    this.session.reset()
    this.setMood(NEUTRAL_MOOD)
    this.rerank()
  }

  /** Replaces the model's posterior (import) and reranks. Shapes are the caller's to check. */
  restoreModel(mean: ArrayLike<number>, cholesky: ArrayLike<number>, observations: number): void {
    this.model.load(mean, cholesky, observations)
    this.ucb?.cache.rebuild(this.model)
    this.rerank()
  }

  /**
   * Back to a brand-new ranker: prior model, no preferences, new session. Whether it personalises
   * stays as it was: that follows the shopper's consent, which a wipe does not grant.
   */
  resetAll(): void {
    this.model.reset()
    this.ucb?.cache.rebuild(this.model)
    this.exposure.reset()
    this.session.reset()
    this.mood = NEUTRAL_MOOD
    this.stated.set(NO_PREFERENCES)
    writeContext(this.mood, this.hourOfDay, this.moodWeight, this.context)
    this.store.setState((v) => ({ ...v, preferences: NO_PREFERENCES }))
    this.rerank()
  }

  private rerank(): void {
    const view = this.store.getState()
    if (!view.personalised) {
      this.store.setState(this.composer.popular(view))
      return
    }
    const theta = this.exploration === 'thompson' ? this.model.sample(this.scale, this.random, this.theta) : this.model.mean
    foldWeights(theta, this.items.dimension, this.context, this.match, this.folded, this.perItem)
    scoreItems(this.items, this.folded, this.perItem, this.match, this.session.acted, this.ucb, this.scores)
    this.exposure.discount(this.scores)
    const engagedWeight = this.model.mean[CONTEXT_DIMENSION * this.items.dimension]!
    this.store.setState(this.composer.compose(view, this.scores, { session: this.session, stated: this.stated, engagedWeight, shown: this.exposure.counts }))
    this.exposure.record(this.composer.picks, this.composer.pickCount)
  }
}

function popularityGiven(popularity: RankerOptions['popularity']): boolean {
  return popularity !== undefined && (popularity instanceof Map ? popularity.size > 0 : Object.keys(popularity).length > 0)
}
