import { describe, expect, it } from 'vitest'
import { BayesianLinearModel } from '../../../../src/core/ranker/BayesianLinearModel'
import { CONTEXT_DIMENSION, MATCH_DIMENSION } from '../../../../src/core/ranker/defaults'
import { ItemFeatureTable } from '../../../../src/core/ranker/ItemFeatureTable'
import { priorFor } from '../../../../src/core/ranker/priorFor'
import { Ranker } from '../../../../src/core/ranker/Ranker'
import { UcbVarianceCache } from '../../../../src/core/ranker/UcbVarianceCache'
import { featureLength, writeFeatures } from '../../../../src/core/ranker/writeFeatures'
import { mulberry32 } from '../../../../src/core/random/mulberry32'
import { CATALOG } from './rankerFixtures'

describe('UcbVarianceCache', () => {
  it('gives φᵀΣφ for every item and context after rank-1 updates, as a direct computation does', () => {
    const items = new ItemFeatureTable(CATALOG, 16)
    const prior = priorFor(16)
    const model = new BayesianLinearModel(featureLength(16), prior.mean, prior.precision)
    const cache = new UcbVarianceCache(items)
    cache.rebuild(model)
    const random = mulberry32(4)
    const match = { engaged: new Float64Array(16), skipped: new Float64Array(16), styleMatch: new Float64Array(items.count), budgetFit: new Float64Array(items.count) }
    const context = new Float64Array(CONTEXT_DIMENSION)
    const phi = new Float64Array(model.dimension)
    const m = new Float64Array(MATCH_DIMENSION)
    for (let t = 0; t < 25; t++) {
      for (let k = 0; k < CONTEXT_DIMENSION; k++) context[k] = k === 0 ? 1 : 2 * random() - 1
      for (let j = items.profileStart; j < 16; j++) match.engaged[j] = random() - 0.5
      for (let i = 0; i < items.count; i++) match.styleMatch[i] = Math.floor(3 * random())
      writeFeatures(items, Math.floor(random() * items.count), context, match, phi)
      model.update(phi, random() < 0.5 ? 1 : 0, 1 + random())
      cache.applyUpdate(model)
    }
    for (let i = 0; i < items.count; i++) {
      writeFeatures(items, i, context, match, phi)
      for (let j = 0; j < MATCH_DIMENSION; j++) m[j] = phi[CONTEXT_DIMENSION * 16 + j]!
      expect(cache.variance(i, context, m, model)).toBeCloseTo(model.variance(phi), 10)
    }
  })

  it('drives a UCB ranker that still learns from events', () => {
    const ranker = new Ranker(CATALOG, { exploration: 'ucb', seed: 2, serendipity: false })
    ranker.record({ kind: 'tryOn', id: 'cat-0' })
    ranker.record({ kind: 'like', id: 'cat-1' })
    expect(ranker.store.getState().slate[0]!.id).toMatch(/^cat-/)
  })
})
