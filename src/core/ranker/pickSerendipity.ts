import type { ItemFeatureTable } from './ItemFeatureTable'

/**
 * The serendipity pick: among `samples` items drawn uniformly from the whole catalog (not excluded,
 * not already picked, scoring at least the catalog's mean score, so nothing poor), the one least
 * similar to the picks (ties to the better score). Drawing from the whole catalog rather than the
 * top of the ranking is what spreads exposure beyond the usual best-sellers. Returns the item
 * index, or -1 when no drawn item qualifies. Allocation-free.
 */
export function pickSerendipity(items: ItemFeatureTable, scores: Float64Array, picks: Int32Array, pickCount: number, samples: number, random: () => number): number {
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
  let bestSimilarity = Infinity
  for (let k = 0; k < samples; k++) {
    const i = Math.floor(random() * items.count)
    if (!(scores[i]! >= mean) || contains(picks, pickCount, i)) continue
    let similarity = -Infinity
    for (let p = 0; p < pickCount; p++) similarity = Math.max(similarity, items.similarity(i, picks[p]!))
    if (similarity < bestSimilarity || (similarity === bestSimilarity && scores[i]! > scores[best]!)) {
      best = i
      bestSimilarity = similarity
    }
  }
  return best
}

function contains(list: Int32Array, count: number, value: number): boolean {
  for (let p = 0; p < count; p++) if (list[p] === value) return true
  return false
}
