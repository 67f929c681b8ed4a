import { Ranker } from '../../../src/core/ranker/Ranker'
import type { RankerOptions } from '../../../src/core/ranker/types'
import type { SimItem } from '../syntheticCatalog'
import type { SimPolicy } from './SimPolicy'

/**
 * The kit's `Ranker`, driven as the app drives it: stated preferences at session start, each mood
 * reading through `setMood`, a `refresh()` when the rail is shown, every event through `record`.
 * With `moodWeight: 0` it is the same ranker blind to mood (the ablation).
 */
export function kitRanker(items: readonly SimItem[], popularity: Record<string, number>, options: RankerOptions, name = "kit's ranker"): SimPolicy {
  const ranker = new Ranker(items.map((i) => i.product), { ...options, popularity })
  return {
    name,
    startSession(start) {
      ranker.startSession()
      ranker.setPreferences({ styles: start.statedStyles, budget: start.statedBudgetEur === null ? null : { amount: start.statedBudgetEur, currency: 'EUR' } })
    },
    slate(observed, _acted, out) {
      ranker.setMood(observed)
      ranker.refresh()
      const slate = ranker.store.getState().slate
      const count = Math.min(out.length, slate.length)
      for (let p = 0; p < count; p++) out[p] = ranker.items.indexOf(slate[p]!.id)
      return count
    },
    record(kind, item) {
      ranker.record({ kind, id: items[item]!.product.id })
    },
  }
}
