import { describe, expect, it } from 'vitest'
import { BLENDSHAPE_NAMES, blendshapeIndex } from '../../../../src/core/signals/blendshapeNames'

describe('BLENDSHAPE_NAMES', () => {
  it('lists 52 unique names starting with _neutral', () => {
    expect(BLENDSHAPE_NAMES).toHaveLength(52)
    expect(new Set(BLENDSHAPE_NAMES).size).toBe(52)
    expect(BLENDSHAPE_NAMES[0]).toBe('_neutral')
    expect(BLENDSHAPE_NAMES[51]).toBe('noseSneerRight')
  })

  it('places the expression categories at MediaPipe indices', () => {
    expect(blendshapeIndex('browDownLeft')).toBe(1)
    expect(blendshapeIndex('browInnerUp')).toBe(3)
    expect(blendshapeIndex('eyeWideLeft')).toBe(21)
    expect(blendshapeIndex('jawOpen')).toBe(25)
    expect(blendshapeIndex('mouthFrownLeft')).toBe(30)
    expect(blendshapeIndex('mouthSmileLeft')).toBe(44)
    expect(blendshapeIndex('mouthSmileRight')).toBe(45)
  })
})
