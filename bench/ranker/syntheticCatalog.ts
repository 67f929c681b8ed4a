import type { RankerProduct } from '../../src/core/ranker/types'
import { gaussian } from '../../src/core/random/gaussian'
import { QUALITY_SD } from './worldParameters'

/** Style words with their boldness (1 bold, 0 classic, 0.5 neither). */
export const STYLE_TAGS: readonly (readonly [string, number])[] = [
  ['classic', 0], ['round', 0], ['rectangular', 0], ['wayfarer', 0], ['thin', 0], ['metal', 0], ['vintage', 0], ['minimal', 0],
  ['bold', 1], ['oversized', 1], ['cat-eye', 1], ['geometric', 1], ['chunky', 1], ['statement', 1], ['colour-block', 1], ['glitter', 1],
  ['acetate', 0.5], ['optical', 0.5], ['sunglasses', 0.5], ['lightweight', 0.5], ['titanium', 0.5], ['recycled', 0.5],
]
/** Colours with their boldness: muted classics and vivid ones. */
export const COLOURS: readonly (readonly [string, string, number])[] = [
  ['Black', '#1b1b1f', 0], ['Tortoise', '#6e3b23', 0], ['Gold', '#c9a45c', 0], ['Silver', '#c8ccd0', 0], ['Navy', '#1f2a44', 0], ['Havana', '#4a2c1d', 0],
  ['Red', '#d62828', 1], ['Pink', '#e4007c', 1], ['Green', '#2a9d3f', 1], ['Purple', '#7b2cbf', 1], ['Orange', '#f77f00', 1], ['Blue', '#1e6bd6', 1],
]
const BRANDS = ['Atelier', 'Nord', 'Lumen', 'Kite', 'Orla', 'Vesper', 'Halo', 'Mint', 'Quill', 'Ridge', 'Sable', 'Tempo']
const CATEGORIES = ['glasses', 'glasses', 'glasses', 'glasses', 'glasses', 'glasses', 'earrings', 'hat'] as const
/** Median price, EUR, and the spread of log price. */
const MEDIAN_PRICE_EUR = 140
const LOG_PRICE_SD = 0.45

/** A simulated product: what the ranker sees plus the hidden truth the simulator uses. */
export interface SimItem {
  product: RankerProduct
  /** Mean boldness of its style tags and colours, 0 (classic) to 1 (bold). */
  boldness: number
  /** Appeal to everyone, unrelated to features (what popularity mostly measures), logit units. */
  quality: number
  /** Log-price z-score. */
  priceZ: number
}

/**
 * A catalog of `count` products: each draws a style lean, then 3–4 tags and 1–2 colours leaning
 * the same way (so features carry its boldness, imperfectly), a price, a brand and a hidden quality.
 */
export function syntheticCatalog(count: number, random: () => number): SimItem[] {
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!
  const items: SimItem[] = []
  for (let i = 0; i < count; i++) {
    const lean = random()
    const styleOf = (want: number) => STYLE_TAGS.filter(([, b]) => b === want)
    const tags = new Map<string, number>()
    const tagCount = 3 + Math.floor(random() * 2)
    while (tags.size < tagCount) {
      const want = random() < 0.2 ? 0.5 : random() < lean ? 1 : 0
      const [tag, b] = pick(styleOf(want))
      tags.set(tag, b)
    }
    const colours = new Map<string, readonly [string, string, number]>()
    const colourCount = random() < 0.3 ? 2 : 1
    while (colours.size < colourCount) {
      const want = random() < lean ? 1 : 0
      const c = pick(COLOURS.filter(([, , b]) => b === want))
      colours.set(c[0], c)
    }
    const styleValues = [...tags.values(), ...[...colours.values()].map((c) => c[2])]
    const boldness = styleValues.reduce((a, b) => a + b, 0) / styleValues.length
    const z = gaussian(random)
    items.push({
      product: {
        id: `sim-${i}`,
        category: pick(CATEGORIES),
        brand: pick(BRANDS),
        price: { amount: Math.round(MEDIAN_PRICE_EUR * Math.exp(LOG_PRICE_SD * z)), currency: 'EUR' },
        colours: [...colours.values()].map(([name, hex]) => ({ name, hex })),
        tags: [...tags.keys()],
      },
      boldness,
      quality: QUALITY_SD * gaussian(random),
      priceZ: z,
    })
  }
  return items
}
