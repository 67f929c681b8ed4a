/**
 * Median of the first `count` values of `values`, using `scratch` (at least `count` long) as sort
 * space so nothing is allocated. Insertion sort: meant for the small buffers of the signal
 * modules (tens to a few hundred values). Returns NaN when `count` is 0.
 */
export function medianOfFirst(values: ArrayLike<number>, count: number, scratch: Float64Array | Float32Array): number {
  if (count <= 0) return Number.NaN
  for (let i = 0; i < count; i++) {
    const v = values[i]!
    let j = i - 1
    while (j >= 0 && scratch[j]! > v) {
      scratch[j + 1] = scratch[j]!
      j--
    }
    scratch[j + 1] = v
  }
  const mid = count >> 1
  return count % 2 === 1 ? scratch[mid]! : (scratch[mid - 1]! + scratch[mid]!) / 2
}
