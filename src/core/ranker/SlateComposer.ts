import { MMR_POOL_PER_SLOT, SERENDIPITY_MIN_SLATE, SERENDIPITY_POOL, SERENDIPITY_SAMPLES } from './defaults'
import { explainPick } from './explainPick'
import type { ItemFeatureTable } from './ItemFeatureTable'
import { reasonText } from './reasonText'
import { createSlateScratch, selectSlate, type SlateScratch } from './selectSlate'
import type { SessionProfile } from './SessionProfile'
import type { StatedPreferenceFeatures } from './StatedPreferenceFeatures'
import { topCandidates } from './topCandidates'
import { pickSerendipity } from './pickSerendipity'
import type { RankerView, SlateEntry } from './types'

/** What reasons need beyond the scores. */
export interface ComposeInputs {
  session: SessionProfile
  stated: StatedPreferenceFeatures
  /** Posterior mean weight of "similar to engaged items". */
  engagedWeight: number
  /** How often each item has been on the rail (the serendipity slot prefers the least shown). */
  shown?: Float64Array
}

/**
 * Turns scores into the slate the UI shows: top candidates, MMR picks and the serendipity slot,
 * one reason each. Returns the previous view object when nothing visible changed, so the store
 * notifies nobody. Buffers are sized once; only a changed slate allocates (its entries).
 */
export class SlateComposer {
  private readonly items: ItemFeatureTable
  private readonly size: number
  private readonly lambda: number
  private readonly serendipity: boolean
  private readonly popularityKnown: boolean
  private readonly pool: Int32Array
  private readonly poolScores: Float64Array
  /** Item indices of the last composed slate, display order (`pickCount` of them). */
  readonly picks: Int32Array
  pickCount = 0
  private readonly scratch: SlateScratch
  private readonly popularOrder: Int32Array
  private readonly random: () => number

  constructor(items: ItemFeatureTable, size: number, lambda: number, serendipity: boolean, popularityKnown: boolean, random: () => number) {
    this.items = items
    this.random = random
    this.size = size
    this.lambda = lambda
    this.serendipity = serendipity && size >= SERENDIPITY_MIN_SLATE
    this.popularityKnown = popularityKnown
    const poolSize = Math.min(items.count, Math.max(size * MMR_POOL_PER_SLOT, this.serendipity ? SERENDIPITY_POOL : 0, size))
    this.pool = new Int32Array(poolSize)
    this.poolScores = new Float64Array(poolSize)
    this.picks = new Int32Array(size)
    this.scratch = createSlateScratch(poolSize)
    // Most popular first; ties keep catalog order.
    this.popularOrder = Int32Array.from(items.ids.map((_, i) => i).sort((a, b) => items.popularity[b]! - items.popularity[a]! || a - b))
  }

  /** The non-personalised slate: popularity order (catalog order, "from the collection", without popularity). */
  popular(view: RankerView): RankerView {
    const count = Math.min(this.size, this.items.count)
    const kind = this.popularityKnown ? 'popular' : 'featured'
    const slate: SlateEntry[] = []
    for (let p = 0; p < count; p++) {
      const i = this.popularOrder[p]!
      slate.push({ id: this.items.ids[i]!, position: p, reasonKind: kind, reason: reasonText(kind, null, this.items.categories[i]!), serendipity: false })
    }
    return withSlate(view, slate)
  }

  compose(view: RankerView, scores: Float64Array, input: ComposeInputs): RankerView {
    const poolCount = topCandidates(scores, this.items.count, this.pool, this.poolScores)
    const count = selectSlate(this.items, this.pool, this.poolScores, poolCount, this.size, this.size * MMR_POOL_PER_SLOT, this.lambda, this.serendipity, this.scratch, this.picks)
    const serendipitySlot = this.serendipity && count === this.size && poolCount > this.size ? count - 1 : -1
    if (serendipitySlot >= 0) {
      // Prefer a rarely shown, different item from anywhere in the catalog; the pool's own pick is the fallback.
      const wide = pickSerendipity(this.items, scores, this.picks, count - 1, SERENDIPITY_SAMPLES, this.random, input.shown ?? null)
      if (wide >= 0) this.picks[count - 1] = wide
    }
    this.pickCount = count
    const { session, stated } = input
    const slate: SlateEntry[] = []
    for (let p = 0; p < count; p++) {
      const i = this.picks[p]!
      if (p === serendipitySlot) {
        slate.push({ id: this.items.ids[i]!, position: p, reasonKind: 'different', reason: reasonText('different', null, this.items.categories[i]!), serendipity: true })
        continue
      }
      const reason = explainPick(i, {
        items: this.items, credits: session.credits, styleKeys: stated.styleKeys, engagedSimilarity: this.engagedSimilarity(i, session.engagedUnit),
        engagedWeight: input.engagedWeight, budgetFit: stated.budgetFit[i]!, popularityKnown: this.popularityKnown,
      })
      slate.push({ id: this.items.ids[i]!, position: p, reasonKind: reason.kind, reason: reason.text, serendipity: false })
    }
    return withSlate(view, slate)
  }

  private engagedSimilarity(i: number, engaged: Float64Array): number {
    const { dimension: d, vectors, profileStart } = this.items
    let s = 0
    for (let j = profileStart; j < d; j++) s += vectors[i * d + j]! * engaged[j]!
    return s
  }
}

function withSlate(view: RankerView, slate: SlateEntry[]): RankerView {
  const old = view.slate
  const same = old.length === slate.length && old.every((e, p) => e.id === slate[p]!.id && e.reason === slate[p]!.reason && e.serendipity === slate[p]!.serendipity)
  return same ? view : { ...view, slate }
}
