import { describe, expect, it } from 'vitest'
import { quatDeltaRotationVector } from '../../../../src/core/math/quatDeltaRotationVector'
import { quatFromRotationVector } from '../../../../src/core/math/quatFromRotationVector'
import { quatMultiply } from '../../../../src/core/math/quatMultiply'

describe('quatDeltaRotationVector', () => {
  const a = quatFromRotationVector(new Float64Array(4), [0.3, -0.2, 0.1])
  const step = quatFromRotationVector(new Float64Array(4), [0.4, 1.2, -0.3])
  // b = step * a, so the rotation from a to b in the parent frame is `step`.
  const b = quatMultiply(new Float64Array(4), step, a)

  it('returns the parent-frame rotation vector from one rotation to another', () => {
    const v = new Float64Array(3)
    expect(quatDeltaRotationVector(v, a, b)).toBeCloseTo(Math.hypot(0.4, 1.2, 0.3), 12)
    expect(Array.from(v).map((x) => +x.toFixed(10))).toEqual([0.4, 1.2, -0.3])
  })

  it('gives the same answer for -q, the same rotation', () => {
    const v = new Float64Array(3)
    quatDeltaRotationVector(v, a, [-b[0]!, -b[1]!, -b[2]!, -b[3]!])
    expect(Array.from(v).map((x) => +x.toFixed(10))).toEqual([0.4, 1.2, -0.3])
  })

  it('returns a zero vector for equal rotations', () => {
    const v = new Float64Array(3)
    expect(quatDeltaRotationVector(v, a, a)).toBeCloseTo(0, 15)
    for (const x of v) expect(x).toBeCloseTo(0, 15)
  })
})
