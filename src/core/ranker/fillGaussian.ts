/**
 * Fills `out[0, count)` with independent standard normal draws from a uniform [0, 1) source, by the
 * Box–Muller transform (1958) using both outputs of each pair (half the logarithms and square roots
 * of drawing them one at a time). Uses 1 − u so the logarithm never sees 0. Allocation-free.
 */
export function fillGaussian(out: Float64Array, count: number, random: () => number): void {
  for (let i = 0; i < count; i += 2) {
    const r = Math.sqrt(-2 * Math.log(1 - random()))
    const angle = 2 * Math.PI * random()
    out[i] = r * Math.cos(angle)
    if (i + 1 < count) out[i + 1] = r * Math.sin(angle)
  }
}
