import { BayesianLinearModel } from '../ranker/BayesianLinearModel'
import { PRIOR_PRECISION } from '../ranker/defaults'
import { mulberry32 } from '../random/mulberry32'
import { FoldedPosterior } from './FoldedPosterior'
import { ObdFeatureSpace } from './ObdFeatureSpace'
import type { ObdItems, ObdLog } from './obdTypes'

/** Options of the evaluated policy. */
export interface KitPolicyOptions {
  /** Thompson draws per row to estimate the policy's probability of each item at the row's position. Default 64. */
  draws?: number
  /** Rows at the start used to train only (not evaluated). Default 0 (progressive validation from the first row). */
  warmupRows?: number
  /** Multiplier of the reward standard deviation used as the Thompson scale v. Default 1 (plain posterior sampling). */
  explorationScale?: number
  seed?: number
}

/** Per evaluated row: what the estimators need. */
export interface PolicyRows {
  n: number
  reward: Uint8Array
  /** π_e(logged item | row) / logged propensity. */
  weight: Float64Array
  /** q̂ of the logged item, and its expectation under π_e. */
  qLogged: Float64Array
  qPolicy: Float64Array
}

/**
 * The kit's ranker as a slate policy on a log, evaluated by progressive validation: rows are taken
 * in time order; for each, the policy is queried with the model trained on earlier rows only, and
 * only then does the row's reward train the model. The policy is the kit's: Bayesian linear
 * regression on φ = context ⊗ item vector + affinity, Thompson sampling, slate = items by sampled
 * score, one order for the whole slate (ranked by the score averaged over positions, so the
 * policy is a slate policy: the item it puts at position k is the k-th of the same order whatever k
 * is asked about). Its probability of putting each item at the row's logged position is estimated
 * from `draws` samples. The Thompson scale is the reward standard deviation estimated from earlier rows
 * (Laplace-smoothed), times `explorationScale`. q̂ is the posterior mean, clipped to [0, 1].
 */
export function runKitPolicy(items: ObdItems, log: ObdLog, options: KitPolicyOptions = {}): PolicyRows {
  const { draws = 64, warmupRows = 0, explorationScale = 1, seed = 1 } = options
  if (!Number.isInteger(draws) || draws < 1) throw new RangeError(`[vitrine/evaluation] draws must be an integer >= 1, found ${draws}`)
  if (!Number.isInteger(warmupRows) || warmupRows < 0 || warmupRows >= log.rows) throw new RangeError(`[vitrine/evaluation] warmupRows must be an integer in 0..${log.rows - 1}, found ${warmupRows}`)
  const space = new ObdFeatureSpace(items, log)
  const { d, itemCount } = space
  const model = new BayesianLinearModel(space.length, new Float64Array(space.length), new Float64Array(space.length).fill(priorPrecision(log, warmupRows)))
  const folded = new FoldedPosterior(d, space.contextLength)
  const random = mulberry32(seed)
  const context = new Float64Array(space.contextLength)
  const rankingContext = new Float64Array(space.contextLength)
  const phi = new Float64Array(space.length)
  const w = new Float64Array(d + 1)
  const scores = new Float64Array(itemCount)
  const q = new Float64Array(itemCount)
  const counts = new Float64Array(itemCount)
  const n = log.rows - warmupRows
  const out: PolicyRows = { n, reward: new Uint8Array(n), weight: new Float64Array(n), qLogged: new Float64Array(n), qPolicy: new Float64Array(n) }
  let clicks = 0
  for (let t = 0; t < log.rows; t++) {
    space.writeContext(t, context)
    if (t >= warmupRows) {
      const p = (clicks + 1) / (t + 2)
      const scale = explorationScale * Math.sqrt(p * (1 - p))
      // q̂ at the logged position (the reward model, position effect included)...
      folded.fold(model, context)
      for (let a = 0; a < itemCount; a++) q[a] = Math.min(1, Math.max(0, itemScore(space, folded.mean, t, a)))
      // ...but the slate is one order for all its positions: ranked by the position-averaged score.
      folded.fold(model, space.writeContext(t, rankingContext, true))
      counts.fill(0)
      const rank = log.position[t]! - 1
      for (let s = 0; s < draws; s++) {
        folded.sample(scale, random, w)
        for (let a = 0; a < itemCount; a++) scores[a] = itemScore(space, w, t, a)
        counts[itemAtRank(scores, rank)]! += 1
      }
      const k = t - warmupRows
      const logged = log.item[t]!
      let expected = 0
      for (let a = 0; a < itemCount; a++) expected += (counts[a]! / draws) * q[a]!
      out.reward[k] = log.click[t]!
      out.weight[k] = counts[logged]! / draws / log.propensity[t]!
      out.qLogged[k] = q[logged]!
      out.qPolicy[k] = expected
    }
    model.update(space.writeFeatures(context, t, log.item[t]!, phi), log.click[t]!)
    clicks += log.click[t]!
  }
  return out
}

/**
 * Prior precision of every weight, in unit-noise form: with warm-up rows, the prior standard
 * deviation of a weight is set to the warm-up click rate p̂ (effects on the reward's own scale), so
 * λ = noise variance / p̂² = (1 − p̂)/p̂; without warm-up, the ranker's default PRIOR_PRECISION.
 */
function priorPrecision(log: ObdLog, warmupRows: number): number {
  if (warmupRows === 0) return PRIOR_PRECISION
  let clicks = 0
  for (let t = 0; t < warmupRows; t++) clicks += log.click[t]!
  const p = (clicks + 1) / (warmupRows + 2)
  return (1 - p) / p
}

function itemScore(space: ObdFeatureSpace, w: Float64Array, t: number, a: number): number {
  const d = space.d
  let s = 0
  for (let j = 0; j < d; j++) s += space.items[a * d + j]! * w[j]!
  return s + w[d]! * space.match(t, a)
}

/** The item with the (rank+1)-th highest score (ties to the lower index). rank is small: repeated argmax. */
function itemAtRank(scores: Float64Array, rank: number): number {
  let best = -1
  for (let r = 0; r <= rank; r++) {
    best = -1
    for (let a = 0; a < scores.length; a++) if (scores[a]! > -Infinity && (best < 0 || scores[a]! > scores[best]!)) best = a
    if (r < rank) scores[best] = -Infinity
  }
  return best
}
