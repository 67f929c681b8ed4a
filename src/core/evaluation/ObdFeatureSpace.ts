import { fnv1a } from '../ranker/fnv1a'
import type { ObdItems, ObdLog } from './obdTypes'

/** Item vector dimension d (the ranker's default). */
export const OBD_ITEM_DIMENSION = 32
/** Context slots the user's categorical features are hashed into. */
export const OBD_USER_SLOTS = 4
/** Seed of the OBD token hashes. */
const OBD_HASH_SEED = 0x0bd
/** Numeric item features are clipped at this many standard deviations, then scaled into [-1, 1]. */
const NUMERIC_CLIP_SD = 2

/**
 * The kit's feature construction applied to Open Bandit Dataset rows: an item vector (bias,
 * clipped standardised numeric features, then the item's id and categorical features hashed with
 * signs, unit norm) crossed with a context vector [1, position one-hot, hashed user features], plus
 * one match feature, log(1 + the user's affinity for the item) — the same shape as the ranker's
 * φ = c ⊗ x + match.
 */
export class ObdFeatureSpace {
  readonly d = OBD_ITEM_DIMENSION
  readonly contextLength: number
  readonly length: number
  readonly itemCount: number
  readonly items: Float64Array
  private readonly log: ObdLog
  private readonly positions: number

  constructor(items: ObdItems, log: ObdLog) {
    this.log = log
    this.itemCount = items.count
    this.positions = log.positions
    this.contextLength = 1 + log.positions + OBD_USER_SLOTS
    this.length = this.contextLength * this.d + 1
    const numeric = items.numericNames.length
    const hashStart = 1 + numeric
    if (hashStart >= this.d) throw new RangeError(`[vitrine/evaluation] ${numeric} numeric item features leave no room in d = ${this.d}`)
    this.items = new Float64Array(items.count * this.d)
    for (let a = 0; a < items.count; a++) {
      const row = a * this.d
      this.items[row] = 1
      for (let k = 0; k < numeric; k++) this.items[row + 1 + k] = Math.max(-NUMERIC_CLIP_SD, Math.min(NUMERIC_CLIP_SD, items.numeric[a * numeric + k]!)) / NUMERIC_CLIP_SD
      const tokens = [`item=${a}`, ...items.categorical[a]!]
      for (const token of tokens) {
        const h = fnv1a(token, OBD_HASH_SEED)
        this.items[row + hashStart + (h % (this.d - hashStart))]! += h & 0x80000000 ? -1 : 1
      }
      let norm = 0
      for (let j = hashStart; j < this.d; j++) norm += this.items[row + j]! ** 2
      for (let j = hashStart; j < this.d; j++) this.items[row + j]! /= Math.sqrt(norm)
    }
  }

  /**
   * The context vector of log row t at its logged position, into `out`; with `anyPosition`, the
   * position entries are 1/positions each instead (the CTR averaged over the slate's positions),
   * which is what a slate is ranked by: one order for the whole slate, whatever position is asked about.
   */
  writeContext(t: number, out: Float64Array, anyPosition = false): Float64Array {
    out.fill(0)
    out[0] = 1
    if (anyPosition) for (let k = 1; k <= this.positions; k++) out[k] = 1 / this.positions
    else out[this.log.position[t]!] = 1
    const tokens = this.log.userTokens[t]!
    for (const token of tokens) {
      const h = fnv1a(token, OBD_HASH_SEED)
      out[1 + this.positions + (h % OBD_USER_SLOTS)]! += (h & 0x80000000 ? -1 : 1) / Math.sqrt(tokens.length)
    }
    return out
  }

  /** log(1 + affinity of row t's user for item a), 0 when the log has no affinities. */
  match(t: number, a: number): number {
    const k = this.log.affinityCount
    return k === 0 ? 0 : Math.log1p(Math.max(0, this.log.affinity[t * k + a]!))
  }

  /** φ(row t's context, item a) into `out`. */
  writeFeatures(context: Float64Array, t: number, a: number, out: Float64Array): Float64Array {
    const d = this.d
    for (let k = 0; k < this.contextLength; k++) for (let j = 0; j < d; j++) out[k * d + j] = context[k]! * this.items[a * d + j]!
    out[this.length - 1] = this.match(t, a)
    return out
  }
}
