import { describe, expect, it } from 'vitest'
import { draftFromAsset } from '../../../../src/studio/editor/draftFromAsset'
import { draftFromManifest } from '../../../../src/studio/editor/draftFromManifest'
import { draftToInput, parseAmount, parseTags } from '../../../../src/studio/editor/draftToInput'
import { khronosAsset } from '../fixtures'

describe('parseAmount', () => {
  it('reads dots, commas and spaces around', () => {
    expect(parseAmount('129.90')).toBe(129.9)
    expect(parseAmount('129,90')).toBe(129.9)
    expect(parseAmount(' 129 ')).toBe(129)
  })

  it('keeps what is not a plain amount as typed, for validation to name', () => {
    expect(parseAmount('')).toBe('')
    expect(parseAmount('12 euros')).toBe('12 euros')
    expect(parseAmount('-5')).toBe('-5')
  })
})

describe('parseTags', () => {
  it('splits on commas and drops empty tags', () => {
    expect(parseTags(' round, metal,, Vintage ,')).toEqual(['round', 'metal', 'Vintage'])
    expect(parseTags('')).toEqual([])
  })
})

describe('draftToInput', () => {
  const draft = { ...draftFromAsset(khronosAsset()), name: ' Horizon ', priceAmount: '189,90', currency: 'eur', tags: 'aviator, metal', pivotOffset: [0, 0.0387, -0.0046] as [number, number, number] }

  it('sends what the brand set, cleaned up', () => {
    expect(draftToInput(draft, 'create')).toEqual({
      name: 'Horizon', category: 'glasses', price: { amount: 189.9, currency: 'EUR' }, colours: [{ name: 'Default', hex: '#f5f5f5' }],
      tags: ['aviator', 'metal'], units: 'm', anchor: 'noseBridge', pivotOffset: [0, 0.0387, -0.0046], rotationDeg: [0, 0, 0], scale: 1,
    })
  })

  it('leaves an empty attribution out of a new product and resets it on an update', () => {
    expect(draftToInput(draft, 'create')).not.toHaveProperty('attribution')
    expect(draftToInput(draft, 'update').attribution).toBeNull()
    expect(draftToInput({ ...draft, attribution: ' CC BY 4.0 ' }, 'update').attribution).toBe('CC BY 4.0')
  })

  it('round-trips a saved manifest unchanged', () => {
    const manifest = {
      id: 'acme-horizon', name: 'Horizon', brand: 'Acme', category: 'glasses' as const, price: { amount: 189.9, currency: 'EUR' },
      colours: [{ name: 'Gold', hex: '#c9a45c' }], tags: ['round'], asset: { url: '/a.glb' }, units: 'm' as const, anchor: 'noseBridge' as const,
      pivotOffset: [0, 0.0387, -0.0046] as [number, number, number], rotationDeg: [0, 180, 0] as [number, number, number], scale: 1.1,
      sizeVariants: [{ id: 'M', label: 'Medium', scale: 1 }], attribution: 'CC BY 4.0',
    }
    const back = draftFromManifest(manifest)
    expect(back.priceAmount).toBe('189.90')
    expect(draftToInput(back, 'update')).toMatchObject({ name: 'Horizon', price: manifest.price, pivotOffset: manifest.pivotOffset, rotationDeg: manifest.rotationDeg, scale: 1.1, attribution: 'CC BY 4.0', tags: ['round'] })
  })
})
