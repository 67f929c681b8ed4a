import { gaussian } from '../../../src/core/random/gaussian'

/** Gamma(shape ≥ 1, 1) by Marsaglia & Tsang (ACM TOMS 2000). */
function gammaSample(shape: number, random: () => number): number {
  const d = shape - 1 / 3
  const c = 1 / Math.sqrt(9 * d)
  for (;;) {
    let x: number
    let v: number
    do {
      x = gaussian(random)
      v = 1 + c * x
    } while (v <= 0)
    v = v * v * v
    const u = random()
    if (u < 1 - 0.0331 * x ** 4 || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v
  }
}

/** One Beta(α, β) draw (α, β ≥ 1) as X/(X+Y) with X ~ Gamma(α), Y ~ Gamma(β). */
export function betaSample(alpha: number, beta: number, random: () => number): number {
  const x = gammaSample(alpha, random)
  return x / (x + gammaSample(beta, random))
}
