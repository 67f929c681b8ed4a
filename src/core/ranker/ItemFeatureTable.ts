import type { ProductCategory } from '../catalog/types'
import { mulberry32 } from '../random/mulberry32'
import { gaussian } from '../random/gaussian'
import { EMBEDDING_NORM_SHARE, EMBEDDING_PROJECTION_SEED, EMBEDDING_SLOT_CAP, FIXED_SLOTS, MAX_FEATURE_DIMENSION, MIN_FEATURE_DIMENSION } from './defaults'
import { hashTokens } from './hashTokens'
import { itemTokens, type ItemToken } from './itemTokens'
import { popularityPercentiles } from './popularityPercentiles'
import type { RankerProduct } from './types'

/** Price quintiles: bands 0..PRICE_BANDS-1. */
const PRICE_BANDS = 5
/** Price z-scores (of log price) are clipped here, then halved into [-1, 1]. */
const PRICE_Z_CLIP = 2

/**
 * Every product encoded once into a row of `vectors` (count × dimension, row-major):
 * slot 0 bias (1), slot 1 popularity percentile − 0.5, slot 2 clipped log-price z-score / 2, then
 * the "profile part" from `profileStart`: a projected embedding (when products have one) and the
 * hashed tokens, together of unit norm, so the dot product of two profile parts is a cosine.
 */
export class ItemFeatureTable {
  readonly count: number
  readonly dimension: number
  /** First slot of the profile part (similarities, session profiles and styles use only it). */
  readonly profileStart: number
  /** First slot of the hashed tokens (after the embedding slots, if any). */
  readonly hashStart: number
  readonly ids: readonly string[]
  readonly vectors: Float64Array
  /** Popularity percentile in [0, 1] per item (0.5 for all when no popularity was given). */
  readonly popularity: Float64Array
  readonly prices: Float64Array
  readonly currencies: readonly string[]
  readonly categories: readonly ProductCategory[]
  readonly tokens: readonly (readonly ItemToken[])[]
  private readonly index: ReadonlyMap<string, number>

  constructor(products: readonly RankerProduct[], dimension: number, popularity?: ReadonlyMap<string, number> | Readonly<Record<string, number>>) {
    if (!Number.isInteger(dimension) || dimension < MIN_FEATURE_DIMENSION || dimension > MAX_FEATURE_DIMENSION) {
      throw new RangeError(`[vitrine/ranker] dimension must be an integer in ${MIN_FEATURE_DIMENSION}..${MAX_FEATURE_DIMENSION}, found ${dimension}`)
    }
    if (products.length === 0) throw new RangeError('[vitrine/ranker] the ranker needs at least one product')
    const index = new Map<string, number>()
    products.forEach((p, i) => {
      if (index.has(p.id)) throw new RangeError(`[vitrine/ranker] duplicate product id ${JSON.stringify(p.id)} (products[${index.get(p.id)}] and products[${i}])`)
      if (!(p.price.amount >= 0)) throw new RangeError(`[vitrine/ranker] products[${i}] (${p.id}): price.amount must be >= 0, found ${p.price.amount}`)
      index.set(p.id, i)
    })
    this.count = products.length
    this.dimension = dimension
    this.index = index
    this.ids = products.map((p) => p.id)
    this.prices = Float64Array.from(products, (p) => p.price.amount)
    this.currencies = products.map((p) => p.price.currency)
    this.categories = products.map((p) => p.category)
    this.popularity = popularityPercentiles(this.ids, popularity)
    const embeddingLength = checkEmbeddings(products)
    const embeddingSlots = embeddingLength > 0 ? Math.min(EMBEDDING_SLOT_CAP, Math.floor((dimension - FIXED_SLOTS) / 3)) : 0
    this.profileStart = FIXED_SLOTS
    const hashStart = FIXED_SLOTS + embeddingSlots
    this.hashStart = hashStart
    const hashSlots = dimension - hashStart
    const projection = embeddingSlots > 0 ? randomProjection(embeddingSlots, embeddingLength) : null

    const logPrices = this.prices.map((p) => Math.log1p(p))
    const meanLog = logPrices.reduce((a, b) => a + b, 0) / this.count
    const sdLog = Math.sqrt(logPrices.reduce((a, b) => a + (b - meanLog) ** 2, 0) / this.count) || 1
    const sortedPrices = [...this.prices].sort((a, b) => a - b)
    const band = (price: number) => Math.min(PRICE_BANDS - 1, Math.floor((PRICE_BANDS * lowerBound(sortedPrices, price)) / this.count))

    this.tokens = products.map((p) => itemTokens(p, band(p.price.amount)))
    this.vectors = new Float64Array(this.count * dimension)
    const row = new Float64Array(dimension)
    for (let i = 0; i < this.count; i++) {
      row.fill(0)
      hashTokens(this.tokens[i]!, row, hashStart, hashSlots)
      const embedding = products[i]!.embedding
      const tokenShare = projection && embedding ? 1 - EMBEDDING_NORM_SHARE : 1
      scaleToNorm(row, hashStart, dimension, Math.sqrt(tokenShare))
      if (projection && embedding) {
        for (let s = 0; s < embeddingSlots; s++) {
          let v = 0
          for (let j = 0; j < embeddingLength; j++) v += projection[s * embeddingLength + j]! * embedding[j]!
          row[FIXED_SLOTS + s] = v
        }
        scaleToNorm(row, FIXED_SLOTS, hashStart, Math.sqrt(EMBEDDING_NORM_SHARE))
      }
      row[0] = 1
      row[1] = this.popularity[i]! - 0.5
      row[2] = Math.max(-PRICE_Z_CLIP, Math.min(PRICE_Z_CLIP, (logPrices[i]! - meanLog) / sdLog)) / PRICE_Z_CLIP
      this.vectors.set(row, i * dimension)
    }
  }

  /** Row index of a product id, or -1. */
  indexOf(id: string): number {
    return this.index.get(id) ?? -1
  }

  /** Cosine similarity of two items' profile parts. */
  similarity(a: number, b: number): number {
    const d = this.dimension
    let s = 0
    for (let j = this.profileStart; j < d; j++) s += this.vectors[a * d + j]! * this.vectors[b * d + j]!
    return s
  }
}

function checkEmbeddings(products: readonly RankerProduct[]): number {
  let length = 0
  products.forEach((p, i) => {
    if (p.embedding === undefined) return
    if (length === 0) length = p.embedding.length
    if (p.embedding.length === 0 || p.embedding.length !== length) {
      throw new RangeError(`[vitrine/ranker] products[${i}] (${p.id}): embedding length ${p.embedding.length}, expected ${length || 'at least 1'} like the first one`)
    }
    const bad = p.embedding.findIndex((v) => !Number.isFinite(v))
    if (bad >= 0) throw new RangeError(`[vitrine/ranker] products[${i}] (${p.id}): embedding[${bad}] must be a finite number`)
  })
  return length
}

/** Johnson–Lindenstrauss projection with a fixed seed, so every device maps embeddings alike. */
function randomProjection(rows: number, columns: number): Float64Array {
  const random = mulberry32(EMBEDDING_PROJECTION_SEED)
  const m = new Float64Array(rows * columns)
  for (let i = 0; i < m.length; i++) m[i] = gaussian(random) / Math.sqrt(columns)
  return m
}

function scaleToNorm(row: Float64Array, from: number, to: number, norm: number): void {
  let s = 0
  for (let j = from; j < to; j++) s += row[j]! * row[j]!
  if (s === 0) return
  const k = norm / Math.sqrt(s)
  for (let j = from; j < to; j++) row[j]! *= k
}

/** Number of sorted values strictly below `value`. */
function lowerBound(sorted: readonly number[], value: number): number {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (sorted[mid]! < value) lo = mid + 1
    else hi = mid
  }
  return lo
}
