import { colourFamily } from './colourFamily'
import { MOOD_WORDS } from './moodWords'
import type { RankerProduct } from './types'

/** What a token describes; decides how a reason may name it. */
export type TokenKind = 'category' | 'tag' | 'colour' | 'brand' | 'price'

/** One hashed feature of a product, e.g. `{ key: 'tag:round', label: 'round', kind: 'tag', weight: 0.5 }`. */
export interface ItemToken {
  key: string
  /** Shopper-facing word (the tag, the colour family), empty when not nameable. */
  label: string
  kind: TokenKind
  weight: number
  /** May a reason name it (has a label, no mood word)? Decided once here. */
  nameable: boolean
}

/** Weight of the brand and price-band tokens relative to a full field (category, tags, colours). */
const MINOR_FIELD_WEIGHT = 0.5

/** Normalises a shopper- or catalog-supplied word so "Round" and " round " meet. */
export function normaliseWord(word: string): string {
  return word.trim().toLowerCase()
}

/**
 * The tokens of one product: category, each tag and each colour family (a field's weight split
 * evenly over its tokens, so a product with many tags does not outweigh one with few), a "vivid"
 * colour marker, brand and price band. `priceBand` is the product's price quintile in the catalog.
 */
export function itemTokens(product: RankerProduct, priceBand: number): ItemToken[] {
  const tokens: ItemToken[] = []
  const add = (key: string, label: string, kind: TokenKind, weight: number) => tokens.push({ key, label, kind, weight, nameable: nameable(label, kind) })
  add(`category:${product.category}`, product.category, 'category', 1)
  const tags = [...new Set(product.tags.map(normaliseWord).filter((t) => t !== ''))]
  for (const tag of tags) add(`tag:${tag}`, tag, 'tag', 1 / Math.sqrt(tags.length))
  const families = new Set<string>()
  let vivid = false
  for (const colour of product.colours) {
    const c = colourFamily(colour.hex)
    families.add(c.family)
    vivid ||= c.vivid
  }
  const colourCount = families.size + (vivid ? 1 : 0)
  for (const family of families) add(`colour:${family}`, family, 'colour', 1 / Math.sqrt(colourCount))
  if (vivid) add('colour:vivid', 'bright', 'colour', 1 / Math.sqrt(colourCount))
  add(`brand:${normaliseWord(product.brand)}`, '', 'brand', MINOR_FIELD_WEIGHT)
  add(`price:${priceBand}`, '', 'price', MINOR_FIELD_WEIGHT)
  return tokens
}

/** A label may appear in a reason when it has one, is not a brand or price band, and holds no mood word. */
function nameable(label: string, kind: TokenKind): boolean {
  if (label === '' || kind === 'brand' || kind === 'price') return false
  return !label.split(/[^a-z]+/).some((word) => MOOD_WORDS.includes(word))
}
