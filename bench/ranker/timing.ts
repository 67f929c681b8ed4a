import { BayesianLinearModel } from '../../src/core/ranker/BayesianLinearModel'
import { CONTEXT_DIMENSION } from '../../src/core/ranker/defaults'
import { ItemFeatureTable } from '../../src/core/ranker/ItemFeatureTable'
import { priorFor } from '../../src/core/ranker/priorFor'
import { Ranker } from '../../src/core/ranker/Ranker'
import { UcbVarianceCache } from '../../src/core/ranker/UcbVarianceCache'
import { featureLength, writeFeatures } from '../../src/core/ranker/writeFeatures'
import { mulberry32 } from '../../src/core/random/mulberry32'
import { percentile } from '../tryon/stats'
import { syntheticCatalog } from './syntheticCatalog'

/** Catalog size and feature dimension of the timed case (the issue's). */
export const TIMED_ITEMS = 10_000
export const TIMED_DIMENSION = 32
/** Events timed after the warm-up ones (which let the JIT settle and the model fill in). */
const WARMUP_EVENTS = 300
const TIMED_EVENTS = 2000
/** Events per simulated session before `startSession()` (so exclusions do not pile up). */
const EVENTS_PER_SESSION = 12

/** p50/p95 of one event's update + rerank (`Ranker.record`), milliseconds: wall clock, and process CPU time (which a busy machine's preemption does not inflate). */
export interface Timing {
  p50: number
  p95: number
  cpuP50: number
  cpuP95: number
}

/**
 * Times `record()` (model update + rerank of every item + slate with reasons) on a catalog of
 * TIMED_ITEMS products at d = TIMED_DIMENSION, with every context entry live (a mood with
 * confidence, an hour of day), which makes φ as dense as it gets.
 */
export function timeUpdateRerank(exploration: 'thompson' | 'ucb', seed: number): Timing & { buildMs: number } {
  const random = mulberry32(seed)
  const items = syntheticCatalog(TIMED_ITEMS, random)
  const popularity = Object.fromEntries(items.map((i) => [i.product.id, Math.exp(i.quality)]))
  const t0 = performance.now()
  const ranker = new Ranker(items.map((i) => i.product), { popularity, exploration, dimension: TIMED_DIMENSION, seed })
  const buildMs = performance.now() - t0
  ranker.setHourOfDay(15)
  ranker.setPreferences({ styles: ['round', 'red'], budget: { amount: 150, currency: 'EUR' } })
  const times: number[] = []
  const cpu: number[] = []
  for (let k = 0; k < WARMUP_EVENTS + TIMED_EVENTS; k++) {
    if (k % EVENTS_PER_SESSION === 0) ranker.startSession()
    ranker.setMood({ arousal: { value: random(), confidence: 0.8 }, valence: { value: 2 * random() - 1, confidence: 0.7 }, attention: { value: random(), confidence: 0.6 }, atSec: k })
    const slate = ranker.store.getState().slate
    const id = slate[Math.floor(random() * slate.length)]!.id
    const kind = random() < 0.4 ? 'tryOn' : 'skip'
    const cpuStart = process.cpuUsage()
    const start = performance.now()
    ranker.record({ kind, id })
    const wall = performance.now() - start
    const used = process.cpuUsage(cpuStart)
    if (k >= WARMUP_EVENTS) {
      times.push(wall)
      cpu.push((used.user + used.system) / 1000)
    }
  }
  return { p50: percentile(times, 50)!, p95: percentile(times, 95)!, cpuP50: percentile(cpu, 50)!, cpuP95: percentile(cpu, 95)!, buildMs }
}

/** Updates timed for the cache comparison, and rebuilds (slower, so fewer). */
const CACHE_UPDATES = 60
const CACHE_REBUILDS = 5

/**
 * Why UCB keeps a per-item cache: median time to bring every item's variance pieces up to date
 * after one event by the rank-1 change (`applyUpdate`), against recomputing them from Σ (`rebuild`),
 * on TIMED_ITEMS items at TIMED_DIMENSION, after some learning so Σ is dense.
 */
export function timeUcbCache(seed: number): { rank1Ms: number; rebuildMs: number } {
  const random = mulberry32(seed)
  const items = new ItemFeatureTable(syntheticCatalog(TIMED_ITEMS, random).map((i) => i.product), TIMED_DIMENSION)
  const prior = priorFor(TIMED_DIMENSION)
  const model = new BayesianLinearModel(featureLength(TIMED_DIMENSION), prior.mean, prior.precision)
  const cache = new UcbVarianceCache(items)
  const phi = new Float64Array(model.dimension)
  const context = new Float64Array(CONTEXT_DIMENSION)
  const match = { engaged: new Float64Array(TIMED_DIMENSION), skipped: new Float64Array(TIMED_DIMENSION), styleMatch: new Float64Array(items.count), budgetFit: new Float64Array(items.count) }
  const learn = () => {
    for (let k = 0; k < CONTEXT_DIMENSION; k++) context[k] = k === 0 ? 1 : 2 * random() - 1
    writeFeatures(items, Math.floor(random() * items.count), context, match, phi)
    model.update(phi, random() < 0.3 ? 1 : 0)
  }
  for (let k = 0; k < 300; k++) learn()
  const rebuild: number[] = []
  for (let k = 0; k < CACHE_REBUILDS; k++) {
    const t = performance.now()
    cache.rebuild(model)
    rebuild.push(performance.now() - t)
  }
  const rank1: number[] = []
  for (let k = 0; k < CACHE_UPDATES; k++) {
    learn()
    const t = performance.now()
    cache.applyUpdate(model)
    rank1.push(performance.now() - t)
  }
  return { rank1Ms: percentile(rank1, 50)!, rebuildMs: percentile(rebuild, 50)! }
}
