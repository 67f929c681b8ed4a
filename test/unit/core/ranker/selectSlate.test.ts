import { describe, expect, it } from 'vitest'
import { ItemFeatureTable } from '../../../../src/core/ranker/ItemFeatureTable'
import { createSlateScratch, selectSlate } from '../../../../src/core/ranker/selectSlate'
import { topCandidates } from '../../../../src/core/ranker/topCandidates'
import { CATALOG } from './rankerFixtures'

describe('topCandidates', () => {
  it('keeps the best scores, best first, skipping excluded (−∞) items, ties by index', () => {
    const scores = Float64Array.from([0.1, 0.9, -Infinity, 0.5, 0.9, 0.3])
    const out = new Int32Array(3)
    const outScores = new Float64Array(3)
    expect(topCandidates(scores, scores.length, out, outScores)).toBe(3)
    expect(Array.from(out)).toEqual([1, 4, 3])
    expect(topCandidates(Float64Array.from([-Infinity, 0.2]), 2, out, outScores)).toBe(1)
  })
})

describe('selectSlate (MMR)', () => {
  const table = new ItemFeatureTable(CATALOG, 32)
  const id = (i: number) => table.ids[i]!
  // Scores: the four round frames first, then cat-eye, then rectangular.
  const scores = Float64Array.from(CATALOG, (p, i) => (p.id.startsWith('round') ? 1 - i * 0.01 : p.id.startsWith('cat') ? 0.8 - i * 0.01 : 0.7 - i * 0.01))
  const pool = new Int32Array(12)
  const poolScores = new Float64Array(12)
  const count = topCandidates(scores, scores.length, pool, poolScores)

  it('with λ = 1 takes the best scores in order', () => {
    const out = new Int32Array(3)
    selectSlate(table, pool, poolScores, count, 3, 12, 1, false, createSlateScratch(12), out)
    expect(Array.from(out, id)).toEqual(['round-0', 'round-1', 'round-2'])
  })

  it('with λ = 0.3 picks across kinds instead of three near-identical round frames', () => {
    const out = new Int32Array(3)
    selectSlate(table, pool, poolScores, count, 3, 12, 0.3, false, createSlateScratch(12), out)
    const kinds = new Set(Array.from(out, (i) => id(i).split('-')[0]))
    expect(id(out[0]!)).toBe('round-0')
    expect(kinds).toEqual(new Set(['round', 'cat', 'rect']))
  })

  it('puts the least similar good item in the serendipity slot', () => {
    const out = new Int32Array(3)
    selectSlate(table, pool, poolScores, count, 3, 3, 1, true, createSlateScratch(12), out)
    expect(Array.from(out.slice(0, 2), id)).toEqual(['round-0', 'round-1'])
    expect(id(out[2]!)).not.toMatch(/^round/)
  })
})
