import { describe, expect, it } from 'vitest'
import { ExposureBalance } from '../../../../src/core/ranker/ExposureBalance'
import { ItemFeatureTable } from '../../../../src/core/ranker/ItemFeatureTable'
import { pickSerendipity } from '../../../../src/core/ranker/pickSerendipity'
import { CATALOG } from './rankerFixtures'

describe('ExposureBalance', () => {
  it('discounts each item by strength · ln(1 + count / (mean count + 1)), leaving excluded items alone', () => {
    const balance = new ExposureBalance(4, 0.1)
    balance.record(Int32Array.from([0, 1, 0]), 2)
    balance.record(Int32Array.from([0, 2]), 2)
    // counts [2, 1, 1, 0], mean 1
    const scores = Float64Array.from([1, 1, -Infinity, 1])
    balance.discount(scores)
    expect(scores[0]).toBeCloseTo(1 - 0.1 * Math.log(1 + 2 / 2), 12)
    expect(scores[1]).toBeCloseTo(1 - 0.1 * Math.log(1 + 1 / 2), 12)
    expect(scores[2]).toBe(-Infinity)
    expect(scores[3]).toBe(1)
  })

  it('changes nothing at strength 0 or before anything was shown, and forgets on reset', () => {
    const off = new ExposureBalance(3, 0)
    off.record(Int32Array.from([0, 1]), 2)
    const scores = Float64Array.from([0.5, 0.4, 0.3])
    off.discount(scores)
    expect(Array.from(scores)).toEqual([0.5, 0.4, 0.3])
    const on = new ExposureBalance(3, 0.2)
    on.discount(scores)
    expect(Array.from(scores)).toEqual([0.5, 0.4, 0.3])
    on.record(Int32Array.from([0]), 1)
    on.reset()
    on.discount(scores)
    expect(Array.from(scores)).toEqual([0.5, 0.4, 0.3])
    expect(Array.from(on.counts)).toEqual([0, 0, 0])
  })
})

describe('pickSerendipity', () => {
  const table = new ItemFeatureTable(CATALOG, 32)
  const scores = Float64Array.from(CATALOG, () => 0.5)
  const picks = Int32Array.from([0, 1])
  // A generator that visits every item in turn, so every candidate is drawn.
  const sweep = () => {
    let k = 0
    return () => (k++ % CATALOG.length) / CATALOG.length + 1e-9
  }

  it('prefers the good item the rail has shown least', () => {
    const shown = Float64Array.from(CATALOG, (_, i) => (i === 7 ? 0 : 10))
    expect(pickSerendipity(table, scores, picks, 2, CATALOG.length, sweep(), shown)).toBe(7)
  })

  it('without counts, takes the item least similar to the picks (not a round frame like them)', () => {
    const i = pickSerendipity(table, scores, picks, 2, CATALOG.length, sweep(), null)
    expect(table.ids[i]).not.toMatch(/^round/)
  })

  it('never takes an item scoring below the catalog mean, however rarely shown', () => {
    const low = Float64Array.from(CATALOG, (_, i) => (i === 7 ? 0 : 0.5))
    const shown = Float64Array.from(CATALOG, (_, i) => (i === 7 ? 0 : 10))
    expect(pickSerendipity(table, low, picks, 2, CATALOG.length, sweep(), shown)).not.toBe(7)
  })
})
