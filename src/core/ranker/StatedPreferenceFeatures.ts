import { BUDGET_OVER_RATIO_FULL } from './defaults'
import { COLOUR_FAMILIES } from './colourFamily'
import type { ItemFeatureTable } from './ItemFeatureTable'
import { normaliseWord } from './itemTokens'
import type { StatedPreferences } from './types'

/** Score of a product within budget; an unknown fit (no budget, other currency) is 0. */
const WITHIN_BUDGET = 1

/**
 * The stated preferences as per-item features, recomputed only when they change: a style match
 * (how many of the picked words the item carries, matched on its exact `tag:`/`colour:` tokens,
 * not on the hashed vector, where other tokens sharing a slot would blur it) and a budget fit in
 * [-1, 1]: +1 within budget, falling linearly to -1 at BUDGET_OVER_RATIO_FULL × budget, 0 when
 * unknown (no budget, or the item priced in another currency).
 */
export class StatedPreferenceFeatures {
  readonly styleMatch: Float64Array
  readonly budgetFit: Float64Array
  /** Token keys of the stated styles, for reasons. */
  readonly styleKeys = new Set<string>()
  private readonly items: ItemFeatureTable

  constructor(items: ItemFeatureTable) {
    this.items = items
    this.styleMatch = new Float64Array(items.count)
    this.budgetFit = new Float64Array(items.count)
  }

  set(preferences: StatedPreferences): void {
    this.styleKeys.clear()
    for (const word of preferences.styles.map(normaliseWord)) {
      if (word === '') continue
      const colour = word === 'bright' ? 'vivid' : (COLOUR_FAMILIES as readonly string[]).includes(word) ? word : null
      this.styleKeys.add(colour === null ? `tag:${word}` : `colour:${colour}`)
    }
    for (let i = 0; i < this.items.count; i++) {
      let matches = 0
      if (this.styleKeys.size > 0) for (const token of this.items.tokens[i]!) if (this.styleKeys.has(token.key)) matches++
      this.styleMatch[i] = matches
    }

    const budget = preferences.budget
    for (let i = 0; i < this.items.count; i++) {
      if (budget === null || this.items.currencies[i] !== budget.currency || !(budget.amount > 0)) {
        this.budgetFit[i] = 0
        continue
      }
      const ratio = this.items.prices[i]! / budget.amount
      this.budgetFit[i] = ratio <= 1 ? WITHIN_BUDGET : Math.max(-1, 1 - (2 * (ratio - 1)) / (BUDGET_OVER_RATIO_FULL - 1))
    }
  }
}
