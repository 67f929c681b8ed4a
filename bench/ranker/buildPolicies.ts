import { ItemFeatureTable } from '../../src/core/ranker/ItemFeatureTable'
import { DEFAULT_FEATURE_DIMENSION } from '../../src/core/ranker/defaults'
import { contextFreeThompson } from './policies/contextFreeThompson'
import { kitRanker } from './policies/kitRanker'
import { linUcbWithoutMood } from './policies/linUcbWithoutMood'
import { popularityPolicy } from './policies/popularityPolicy'
import { randomPolicy } from './policies/randomPolicy'
import type { SimPolicy } from './policies/SimPolicy'
import type { World } from './world'

/** Names of the compared policies, in table order; the kit's ranker is last. */
export const POLICY_NAMES = ['random', 'popularity', 'context-free TS', 'LinUCB without mood', "kit's ranker"] as const

/** Fresh policies for one repetition, all on the kit's default feature dimension and seeded from `seed`. */
export function buildPolicies(world: World, seed: number): SimPolicy[] {
  const products = world.items.map((i) => i.product)
  const table = new ItemFeatureTable(products, DEFAULT_FEATURE_DIMENSION, world.popularity)
  return [
    randomPolicy(products.length, seed),
    popularityPolicy(products.map((p) => world.popularity[p.id]!)),
    contextFreeThompson(table.popularity, seed),
    linUcbWithoutMood(table),
    kitRanker(world.items, world.popularity, { seed }),
  ]
}
