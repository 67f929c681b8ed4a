import type { MoodState } from '../../../../src/core/mood/types'
import type { RankerProduct } from '../../../../src/core/ranker/types'

/** A small product for tests: glasses unless told, EUR price, one colour. */
export function product(id: string, tags: string[], hex = '#1b1b1f', extra: Partial<RankerProduct> = {}): RankerProduct {
  return { id, category: 'glasses', brand: 'Test', price: { amount: 100, currency: 'EUR' }, colours: [{ name: 'C', hex }], tags, ...extra }
}

/** Twelve frames: four round, four cat-eye in bright colours, four rectangular. */
export const CATALOG: RankerProduct[] = [
  ...[0, 1, 2, 3].map((i) => product(`round-${i}`, ['round', 'metal', 'thin'], '#c9a45c', { price: { amount: 90 + 10 * i, currency: 'EUR' } })),
  ...[0, 1, 2, 3].map((i) => product(`cat-${i}`, ['cat-eye', 'bold', 'oversized'], '#d62828', { price: { amount: 150 + 10 * i, currency: 'EUR' } })),
  ...[0, 1, 2, 3].map((i) => product(`rect-${i}`, ['rectangular', 'acetate', 'classic'], '#1f2a44', { price: { amount: 120 + 10 * i, currency: 'EUR' } })),
]

export function mood(arousal: number, valence: number, confidence = 0.9): MoodState {
  return { arousal: { value: arousal, confidence }, valence: { value: valence, confidence }, attention: { value: 0.5, confidence }, atSec: 0 }
}
