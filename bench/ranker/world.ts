import { mulberry32 } from '../../src/core/random/mulberry32'
import { attraction, drawShopper } from './shopper'
import { syntheticCatalog, type SimItem } from './syntheticCatalog'
import { PAST_IMPRESSIONS_PER_ITEM } from './worldParameters'

/** Shoppers sampled to measure the catalog popularity figures. */
const POPULARITY_PANEL = 300

/** A simulated shop: its catalog and the popularity figures every policy may use. */
export interface World {
  items: SimItem[]
  /** Past try-ons per product id: binomial draws around each item's population-average appeal. */
  popularity: Record<string, number>
}

/** The catalog of `itemCount` products and its popularity, from `seed`. */
export function createWorld(seed: number, itemCount: number): World {
  const random = mulberry32(seed)
  const items = syntheticCatalog(itemCount, random)
  const mean = new Float64Array(itemCount)
  const scratch = new Float64Array(itemCount)
  for (let s = 0; s < POPULARITY_PANEL; s++) {
    const shopper = drawShopper((seed ^ 0x9e3779b9) + s, items, 1, -1)
    attraction(shopper, items, 0, scratch)
    for (let i = 0; i < itemCount; i++) mean[i]! += scratch[i]! / POPULARITY_PANEL
  }
  const popularity: Record<string, number> = {}
  items.forEach((item, i) => {
    let tries = 0
    for (let k = 0; k < PAST_IMPRESSIONS_PER_ITEM; k++) if (random() < mean[i]!) tries++
    popularity[item.product.id] = tries
  })
  return { items, popularity }
}
