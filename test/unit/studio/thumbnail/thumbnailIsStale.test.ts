import { describe, expect, it } from 'vitest'
import type { ProductManifest } from '../../../../src/core/catalog/types'
import { thumbnailIsStale } from '../../../../src/studio/thumbnail/thumbnailIsStale'

const SHA = 'ab'.repeat(32)
function saved(patch: Partial<ProductManifest> = {}): ProductManifest {
  return {
    id: 'studio-aviator', name: 'Studio Aviator', brand: 'Atelier', category: 'glasses',
    price: { amount: 189.9, currency: 'EUR' }, colours: [{ name: 'Silver', hex: '#c0c0c0' }], tags: ['aviator'],
    asset: { url: `/api/v1/assets/${'cd'.repeat(32)}.glb`, sha256: 'cd'.repeat(32) },
    units: 'm', anchor: 'noseBridge', pivotOffset: [0, 0.0387, -0.0046], rotationDeg: [0, 0, 0], scale: 1,
    sizeVariants: [{ id: 'M', label: 'Medium', scale: 1 }],
    thumbnail: { url: `/api/v1/thumbnails/${SHA}.webp`, sha256: SHA },
    ...patch,
  }
}

describe('thumbnailIsStale', () => {
  it('is stale for a new product and for one without a thumbnail', () => {
    expect(thumbnailIsStale(undefined, saved())).toBe(true)
    const { thumbnail: _, ...none } = saved()
    expect(thumbnailIsStale(none, none)).toBe(true)
  })

  it.each<[string, Partial<ProductManifest>]>([
    ['pivot', { pivotOffset: [0, 0.03, -0.0046] }],
    ['rotation', { rotationDeg: [5, 0, 0] }],
    ['scale', { scale: 1.1 }],
    ['units', { units: 'mm' }],
    ['anchor', { anchor: 'forehead' }],
    ['model', { asset: { url: `/api/v1/assets/${'ef'.repeat(32)}.glb`, sha256: 'ef'.repeat(32) } }],
    ['real-size variant', { sizeVariants: [{ id: 'M', label: 'Medium', scale: 1.05 }] }],
  ])('is stale when the save changed the %s', (_what, patch) => {
    expect(thumbnailIsStale(saved(), saved(patch))).toBe(true)
  })

  it('stays when only what the picture does not show changed (name, price, tags, colours, attribution)', () => {
    const after = saved({ name: 'Renamed', price: { amount: 99, currency: 'USD' }, tags: [], colours: [{ name: 'Gold', hex: '#c9a45c' }], attribution: 'Khronos Group, CC BY 4.0' })
    expect(thumbnailIsStale(saved(), after)).toBe(false)
  })

  it('is stale after a failed try, whatever changed', () => {
    expect(thumbnailIsStale(saved(), saved(), true)).toBe(true)
  })
})
