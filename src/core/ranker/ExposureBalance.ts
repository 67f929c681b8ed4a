/**
 * How often the ranker has put each item on the rail, and the score discount that spreads exposure
 * over items the model rates about equally. Each composed slate counts once per item it holds.
 * The discount of item i is `strength`·ln(1 + eᵢ/(ē + 1)), eᵢ its count and ē the mean count over
 * the catalog (the + 1 keeps the first slates from being discounted as if they were the norm): an
 * item shown about as often as the average loses `strength`·ln 2, one never shown nothing.
 * It reorders only items whose scores differ by less than about `strength` (scores are on the
 * try-on probability scale), so a clearly better item still wins. Counts are aggregate, in memory
 * only (never exported), and start again on `reset()`. Allocation-free after construction.
 */
export class ExposureBalance {
  readonly counts: Float64Array
  readonly strength: number
  private total = 0

  constructor(itemCount: number, strength: number) {
    this.counts = new Float64Array(itemCount)
    this.strength = strength
  }

  /** Subtracts each item's discount from its finite score, in place. */
  discount(scores: Float64Array): void {
    if (this.strength === 0 || this.total === 0) return
    const counts = this.counts
    const n = counts.length
    const perMean = 1 / (this.total / n + 1)
    const k = this.strength
    for (let i = 0; i < n; i++) {
      // Never-shown items lose nothing (most of a large catalog): skip the logarithm.
      const c = counts[i]!
      if (c > 0 && scores[i]! > -Infinity) scores[i] = scores[i]! - k * Math.log1p(c * perMean)
    }
  }

  /** Counts one slate: the first `count` entries of `picks` (also with strength 0: the serendipity slot reads the counts). */
  record(picks: Int32Array, count: number): void {
    for (let p = 0; p < count; p++) this.counts[picks[p]!]!++
    this.total += count
  }

  reset(): void {
    this.counts.fill(0)
    this.total = 0
  }
}
