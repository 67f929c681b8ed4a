import { describe, expect, it } from 'vitest'
import { modelToAnchorTransform } from '../../../../src/core/catalog/modelToAnchorTransform'
import { transformPoint } from '../../../../src/core/catalog/transformPoint'
import type { Vec3 } from '../../../../src/core/catalog/types'
import { pivotForAnchorMove } from '../../../../src/studio/preview/pivotForAnchorMove'

const M = [{ id: 'M', label: 'Medium', scale: 1 }]
const placement = (rotationDeg: Vec3, scale: number, units: 'm' | 'cm' | 'mm' = 'm') => ({ id: 'p', units, scale, rotationDeg, pivotOffset: [0.001, 0.02, -0.004] as Vec3, sizeVariants: M })

describe('pivotForAnchorMove', () => {
  it.each([
    ['no rotation, real size', placement([0, 0, 0], 1)],
    ['turned and tilted, scaled', placement([12, 180, -7], 1.3)],
    ['modelled in millimetres', placement([0, 90, 0], 0.8, 'mm')],
  ])('moves every point of the model by the anchor-space delta (%s)', (_label, p) => {
    const delta: Vec3 = [0.4, -1.2, 0.3]
    const moved = { ...p, pivotOffset: pivotForAnchorMove(p, delta) }
    const before = modelToAnchorTransform(p).matrix
    const after = modelToAnchorTransform(moved).matrix
    for (const point of [[0, 0, 0], [0.07, 0.05, -0.15], [-0.07, 0, 0.004]] as Vec3[]) {
      const a = transformPoint(before, point)
      const b = transformPoint(after, point)
      for (let k = 0; k < 3; k++) expect(b[k]! - a[k]!).toBeCloseTo(delta[k]!, 6)
    }
  })

  it('lowers the glasses when the pivot goes up: a 3.87 cm drag down gives the demo pivot height', () => {
    const p = { ...placement([0, 0, 0], 1), pivotOffset: [0, 0, 0] as Vec3 }
    expect(pivotForAnchorMove(p, [0, -3.87, 0])).toEqual([0, 0.0387, 0])
  })
})
