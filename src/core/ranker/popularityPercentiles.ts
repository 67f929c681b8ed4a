/**
 * Popularity as a mid-rank percentile in [0, 1] (ties share their mean rank), so any scale works:
 * counts, sales, a score. Ids missing from the map count as 0. Without a map every item gets 0.5.
 */
export function popularityPercentiles(ids: readonly string[], popularity?: ReadonlyMap<string, number> | Readonly<Record<string, number>>): Float64Array {
  const out = new Float64Array(ids.length).fill(0.5)
  if (popularity === undefined || ids.length < 2) return out
  const get = (id: string): number | undefined => (popularity instanceof Map ? popularity.get(id) : (popularity as Record<string, number>)[id])
  const values = ids.map((id) => {
    const v = get(id) ?? 0
    if (!Number.isFinite(v) || v < 0) throw new RangeError(`[vitrine/ranker] popularity of ${JSON.stringify(id)} must be a finite number >= 0, found ${v}`)
    return v
  })
  const order = values.map((_, i) => i).sort((a, b) => values[a]! - values[b]!)
  for (let start = 0; start < order.length; ) {
    let end = start
    while (end + 1 < order.length && values[order[end + 1]!] === values[order[start]!]) end++
    const midRank = (start + end) / 2
    for (let k = start; k <= end; k++) out[order[k]!] = midRank / (ids.length - 1)
    start = end + 1
  }
  return out
}
