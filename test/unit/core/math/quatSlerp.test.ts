import { describe, expect, it } from 'vitest'
import { quatAngleBetween } from '../../../../src/core/math/quatAngleBetween'
import { quatFromRotationVector } from '../../../../src/core/math/quatFromRotationVector'
import { quatSlerp } from '../../../../src/core/math/quatSlerp'

const a = quatFromRotationVector(new Float64Array(4), [0, 0, 0])
const b = quatFromRotationVector(new Float64Array(4), [0, 1.2, 0])

describe('quatSlerp', () => {
  it('returns the end points at t = 0 and t = 1', () => {
    const out = new Float64Array(4)
    expect(quatAngleBetween(quatSlerp(out, a, b, 0), a)).toBeLessThan(1e-12)
    expect(quatAngleBetween(quatSlerp(out, a, b, 1), b)).toBeLessThan(1e-12)
  })

  it('moves at constant angular rate along the shorter arc, even towards -b', () => {
    const out = new Float64Array(4)
    const minusB = [-b[0]!, -b[1]!, -b[2]!, -b[3]!]
    quatSlerp(out, a, minusB, 0.25)
    expect(quatAngleBetween(out, a)).toBeCloseTo(0.3, 10)
    expect(quatAngleBetween(out, b)).toBeCloseTo(0.9, 10)
  })

  it('stays unit length for nearly equal inputs', () => {
    const out = new Float64Array(4)
    const c = quatFromRotationVector(new Float64Array(4), [1e-9, 0, 0])
    quatSlerp(out, a, c, 0.5)
    expect(Math.hypot(out[0]!, out[1]!, out[2]!, out[3]!)).toBeCloseTo(1, 14)
  })
})
