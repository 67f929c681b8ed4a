import type { ProductCategory } from '../catalog/types'
import type { ItemToken } from './itemTokens'
import type { ReasonKind } from './types'

/** What the shopper calls a product of each category in a sentence. */
const CATEGORY_NOUN: Readonly<Record<ProductCategory, string>> = { glasses: 'frames', earrings: 'earrings', hat: 'hats', makeup: 'makeup' }

/** "round frames", "brown earrings", "hats" (a category token names the noun alone). */
export function phrase(token: ItemToken, category: ProductCategory): string {
  const noun = CATEGORY_NOUN[category]
  return token.kind === 'category' ? CATEGORY_NOUN[token.label as ProductCategory] ?? noun : `${token.label} ${noun}`
}

/** The sentence of a reason; `token` is required for the kinds that name one. */
export function reasonText(kind: ReasonKind, token: ItemToken | null, category: ProductCategory): string {
  const p = token ? phrase(token, category) : CATEGORY_NOUN[category]
  switch (kind) {
    case 'tried': return `because you tried ${p}`
    case 'liked': return `because you liked ${p}`
    case 'bagged': return `goes with the ${p} in your bag`
    case 'looked': return `because you looked at ${p}`
    case 'style': return token ? `matches your style: ${token.label}` : 'matches your style'
    case 'budget': return 'within your budget'
    case 'popular': return 'popular with other shoppers'
    case 'featured': return 'from the collection'
    case 'different': return 'something different'
    case 'pick': return token ? `picked for you: ${p}` : 'picked for you'
  }
}
