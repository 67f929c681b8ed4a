import { describe, expect, it } from 'vitest'
import { draftFromAsset, nameFromFileName } from '../../../../src/studio/editor/draftFromAsset'
import { khronosAsset } from '../fixtures'

describe('nameFromFileName', () => {
  it('turns a file name into a readable product name', () => {
    expect(nameFromFileName('SunglassesKhronos.glb')).toBe('Sunglasses Khronos')
    expect(nameFromFileName('round_gold-v2.glb')).toBe('Round gold v2')
    expect(nameFromFileName('.glb')).toBe('')
  })
})

describe('draftFromAsset', () => {
  it('starts at the model origin, real size, on the category anchor, with its main colour', () => {
    const draft = draftFromAsset(khronosAsset(), 'SunglassesKhronos.glb')
    expect(draft).toMatchObject({
      name: 'Sunglasses Khronos', category: 'glasses', anchor: 'noseBridge', units: 'm', priceAmount: '', currency: 'EUR',
      pivotOffset: [0, 0, 0], rotationDeg: [0, 0, 0], scale: 1, colours: [{ name: 'Default', hex: '#f5f5f5' }],
    })
  })

  it('offers one colour per KHR_materials_variants variant, named like it', () => {
    const draft = draftFromAsset(khronosAsset([{ name: 'Black', hex: '#111111' }, { name: 'Havana' }], '#c9a45c'))
    expect(draft.colours).toEqual([{ name: 'Black', hex: '#111111' }, { name: 'Havana', hex: '#c9a45c' }])
  })
})
