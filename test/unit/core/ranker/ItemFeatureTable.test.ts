import { describe, expect, it } from 'vitest'
import { colourFamily } from '../../../../src/core/ranker/colourFamily'
import { ItemFeatureTable } from '../../../../src/core/ranker/ItemFeatureTable'
import { popularityPercentiles } from '../../../../src/core/ranker/popularityPercentiles'
import { CATALOG, product } from './rankerFixtures'

describe('ItemFeatureTable', () => {
  const table = new ItemFeatureTable(CATALOG, 32, { 'round-0': 50, 'cat-0': 10 })

  it('encodes every product into a fixed dimension with a unit-norm profile part', () => {
    expect(table.vectors.length).toBe(CATALOG.length * 32)
    for (let i = 0; i < table.count; i++) {
      expect(table.vectors[i * 32]).toBe(1)
      let norm = 0
      for (let j = table.profileStart; j < 32; j++) norm += table.vectors[i * 32 + j]! ** 2
      expect(norm).toBeCloseTo(1, 12)
    }
  })

  it('finds products of a kind more similar to each other than to other kinds', () => {
    const i = (id: string) => table.indexOf(id)
    expect(table.similarity(i('round-0'), i('round-1'))).toBeGreaterThan(0.9)
    expect(table.similarity(i('round-0'), i('cat-0'))).toBeLessThan(table.similarity(i('round-0'), i('round-1')) - 0.3)
  })

  it('turns popularity figures into mid-rank percentiles, missing ids counting as 0', () => {
    expect(table.popularity[table.indexOf('round-0')]).toBe(1)
    expect(table.popularity[table.indexOf('cat-0')]).toBeCloseTo(10 / 11, 12)
    expect(Array.from(popularityPercentiles(['a', 'b', 'c', 'd'], new Map([['a', 5], ['b', 5], ['c', 1]])))).toEqual([5 / 6, 5 / 6, 1 / 3, 0])
    expect(Array.from(popularityPercentiles(['a', 'b']))).toEqual([0.5, 0.5])
    expect(() => popularityPercentiles(['a', 'b'], { a: -1 })).toThrow(/popularity of "a"/)
  })

  it('projects an embedding into its own slots when products have one', () => {
    const withEmbedding = new ItemFeatureTable([product('a', ['x'], '#000000', { embedding: [1, 0, 0, 0] }), product('b', ['x'], '#000000', { embedding: [0, 0, 0, 1] })], 32)
    expect(withEmbedding.hashStart).toBeGreaterThan(withEmbedding.profileStart)
    // Same tags and colour, different embeddings: no longer identical.
    expect(withEmbedding.similarity(0, 1)).toBeLessThan(0.9)
    expect(() => new ItemFeatureTable([product('a', [], '#000000', { embedding: [1, 2] }), product('b', [], '#000000', { embedding: [1] })], 32)).toThrow(/products\[1\] \(b\): embedding length 1, expected 2/)
  })

  it('refuses duplicate ids, bad dimensions and an empty catalog with the culprit named', () => {
    expect(() => new ItemFeatureTable([product('a', []), product('a', [])], 32)).toThrow(/duplicate product id "a" \(products\[0\] and products\[1\]\)/)
    expect(() => new ItemFeatureTable(CATALOG, 4)).toThrow(/dimension must be an integer in 8\.\.512, found 4/)
    expect(() => new ItemFeatureTable([], 32)).toThrow(/at least one product/)
  })
})

describe('colourFamily', () => {
  it.each([
    ['#1b1b1f', 'black', false], ['#f4f4f4', 'white', false], ['#808080', 'grey', false], ['#6e3b23', 'brown', false],
    ['#d62828', 'red', true], ['#f77f00', 'orange', true], ['#2a9d3f', 'green', true], ['#1e6bd6', 'blue', true],
    ['#7b2cbf', 'purple', true], ['#e4007c', 'pink', true], ['#c9a45c', 'yellow', false],
  ])('%s is %s (vivid %s)', (hex, family, vivid) => {
    expect(colourFamily(hex)).toEqual({ family, vivid })
  })

  it('refuses anything but #rrggbb', () => {
    expect(() => colourFamily('red')).toThrow(/#rrggbb, found "red"/)
  })
})
