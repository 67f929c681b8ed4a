import type { ItemFeatureTable } from './ItemFeatureTable'

/**
 * The serendipity pick: among `samples` items drawn uniformly from the whole catalog (not excluded,
 * not already picked, scoring at least the catalog's mean score, so nothing poor), the one the rail
 * has shown least (`shown`, counts per item), then the one least similar to the picks, then the
 * better score. Drawing from the whole catalog and preferring what is rarely shown is what spreads
 * exposure beyond the usual best-sellers; without counts (`shown` null) only similarity decides.
 * Returns the item index, or -1 when no drawn item qualifies. Allocation-free.
 */
export function pickSerendipity(items: ItemFeatureTable, scores: Float64Array, picks: Int32Array, pickCount: number, samples: number, random: () => number, shown: Float64Array | null = null): number {
  let sum = 0
  let finite = 0
  for (let i = 0; i < items.count; i++) {
    const s = scores[i]!
    if (s > -Infinity) {
      sum += s
      finite++
    }
  }
  if (finite === 0) return -1
  const mean = sum / finite
  let best = -1
  let bestShown = Infinity
  let bestSimilarity = Infinity
  for (let k = 0; k < samples; k++) {
    const i = Math.floor(random() * items.count)
    if (!(scores[i]! >= mean) || contains(picks, pickCount, i)) continue
    const count = shown === null ? 0 : shown[i]!
    if (count > bestShown) continue
    let similarity = -Infinity
    for (let p = 0; p < pickCount; p++) similarity = Math.max(similarity, items.similarity(i, picks[p]!))
    if (count < bestShown || similarity < bestSimilarity || (similarity === bestSimilarity && scores[i]! > scores[best]!)) {
      best = i
      bestShown = count
      bestSimilarity = similarity
    }
  }
  return best
}

function contains(list: Int32Array, count: number, value: number): boolean {
  for (let p = 0; p < count; p++) if (list[p] === value) return true
  return false
}
