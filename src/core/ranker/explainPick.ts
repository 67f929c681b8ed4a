import type { ItemFeatureTable } from './ItemFeatureTable'
import type { ItemToken } from './itemTokens'
import { reasonText } from './reasonText'
import type { TokenCredit } from './SessionProfile'
import type { ReasonKind } from './types'

/** A product at or above this popularity percentile may be called "popular with other shoppers". */
export const POPULAR_PERCENTILE = 0.75
/** Least profile similarity to the engaged items for a "because you tried …" reason. */
export const REASON_MIN_SIMILARITY = 0.15

/** What {@link explainPick} needs to know about the session and the model. */
export interface ExplainInputs {
  items: ItemFeatureTable
  credits: ReadonlyMap<string, TokenCredit>
  styleKeys: ReadonlySet<string>
  /** Similarity of the item to the engaged profile (its match feature), and its model weight. */
  engagedSimilarity: number
  engagedWeight: number
  budgetFit: number
  popularityKnown: boolean
}

/**
 * The reason for one suggestion, first that holds of: an engaged token it shares (the session's
 * strongest credit, "because you tried round frames"), a stated style it has, popularity, fitting
 * the stated budget, else "picked for you" naming its most distinctive nameable tag. Never names a
 * mood word (see `MOOD_WORDS`); never reads the mood.
 */
export function explainPick(index: number, input: ExplainInputs): { kind: ReasonKind; text: string } {
  const { items } = input
  const tokens = items.tokens[index]!
  const category = items.categories[index]!
  const say = (kind: ReasonKind, token: ItemToken | null) => ({ kind, text: reasonText(kind, token, category) })
  if (input.engagedSimilarity >= REASON_MIN_SIMILARITY && input.engagedWeight > 0) {
    let best: TokenCredit | null = null
    for (const token of tokens) {
      const credit = input.credits.get(token.key)
      if (credit && token.nameable && token.kind !== 'category' && (best === null || credit.weight > best.weight)) best = credit
    }
    if (best) return say(best.kind, best.token)
  }
  for (const token of tokens) if (input.styleKeys.has(token.key) && token.nameable) return say('style', token)
  if (input.popularityKnown && items.popularity[index]! >= POPULAR_PERCENTILE) return say('popular', null)
  if (input.budgetFit > 0) return say('budget', null)
  let tag: ItemToken | null = null
  for (const token of tokens) if (token.kind === 'tag' && token.nameable && (tag === null || token.weight > tag.weight)) tag = token
  return say('pick', tag)
}
