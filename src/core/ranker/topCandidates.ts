/**
 * Indices of the `out.length` highest finite scores, best first, written into `out` (and their
 * scores into `outScores`); returns how many were found (fewer when fewer are finite). A bounded
 * insertion into the sorted prefix: O(n) comparisons plus O(size) per insertion, no allocation.
 * Ties keep the lower index first, so equal scores give a stable order.
 */
export function topCandidates(scores: Float64Array, count: number, out: Int32Array, outScores: Float64Array): number {
  const size = out.length
  let filled = 0
  for (let i = 0; i < count; i++) {
    const s = scores[i]!
    if (!(s > -Infinity) || Number.isNaN(s)) continue
    if (filled === size && s <= outScores[size - 1]!) continue
    let pos = filled < size ? filled++ : size - 1
    while (pos > 0 && outScores[pos - 1]! < s) {
      outScores[pos] = outScores[pos - 1]!
      out[pos] = out[pos - 1]!
      pos--
    }
    outScores[pos] = s
    out[pos] = i
  }
  return filled
}
