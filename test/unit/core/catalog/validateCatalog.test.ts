import { describe, expect, it } from 'vitest'
import { ManifestError, safeValidateCatalog, validateCatalog } from '../../../../src/core/catalog'
import { minimalManifestInput } from './manifestFixtures'

function product(id: string, patch: Record<string, unknown> = {}): Record<string, unknown> {
  return { ...minimalManifestInput(), id, ...patch }
}

function issuesOf(input: unknown): string[] {
  const result = safeValidateCatalog(input)
  if (result.ok) throw new Error('expected the catalog to be rejected')
  return result.errors.map((e) => `${e.path}: ${e.message}`)
}

describe('validateCatalog', () => {
  it('accepts a catalog and validates every product with defaults filled in', () => {
    const catalog = validateCatalog({ version: 1, products: [product('a'), product('b', { scale: 2 })] })
    expect(catalog.version).toBe(1)
    expect(catalog.products.map((p) => [p.id, p.scale])).toEqual([['a', 1], ['b', 2]])
  })

  it('accepts an empty product list', () => {
    expect(validateCatalog({ version: 1, products: [] }).products).toEqual([])
  })

  it('prefixes product issues with their index in the catalog', () => {
    const products = [product('a'), product('b'), product('c'), product('d', { price: { amount: 10, currency: 'euro' } })]
    expect(issuesOf({ version: 1, products })).toEqual([
      'products[3].price.currency: expected a 3-letter ISO 4217 code like "EUR", got "euro"',
    ])
  })

  it('rejects duplicate product ids, pointing at the first use', () => {
    expect(issuesOf({ version: 1, products: [product('a'), product('b'), product('a')] })).toEqual([
      'products[2].id: duplicate product id "a" (first used at products[0])',
    ])
  })

  it('rejects an unsupported version, a missing product list and unknown keys', () => {
    expect(issuesOf({ version: 2, products: [] })).toEqual(['version: expected 1, got 2'])
    expect(issuesOf({ version: '1', products: [] })).toEqual(['version: expected 1, got "1"'])
    expect(issuesOf({ version: 1, items: [] })).toEqual([
      'items: unknown field in catalog; allowed fields are version, products',
      'products: missing required field, expected an array of product manifests',
    ])
    expect(issuesOf({ version: 1, products: {} })).toEqual(['products: expected an array of product manifests, got an object'])
  })

  it('reports the problems of several products together', () => {
    const products = [
      product('ok'),
      product('Bad Id', { colours: [{ name: 'Red', hex: 'red' }] }),
      'not a product',
      product('neg', { price: { amount: -1, currency: 'EUR' }, anchor: 'nose' }),
    ]
    expect(issuesOf({ version: 1, products })).toEqual([
      'products[1].id: expected a slug of lowercase letters, digits and dashes like "round-gold", got "Bad Id"',
      'products[1].colours[0].hex: expected a colour like "#1a2b3c", got "red"',
      'products[2]: expected product manifest (an object), got "not a product"',
      'products[3].price.amount: expected a number >= 0, got -1',
      'products[3].anchor: expected one of "noseBridge", "forehead", "leftEarLobe", "rightEarLobe", "chin", "lips", got "nose"',
    ])
  })

  it('throws a ManifestError naming the catalog', () => {
    expect(() => validateCatalog({ version: 1, products: [product('a'), product('a')] })).toThrow(ManifestError)
    expect(() => validateCatalog(null)).toThrow(/^\[vitrine\/catalog\] invalid catalog \(1 problem\):\n {2}\(root\): expected catalog/)
  })
})
