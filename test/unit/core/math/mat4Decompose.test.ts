import { describe, expect, it } from 'vitest'
import { mat4Compose } from '../../../../src/core/math/mat4Compose'
import { mat4Decompose } from '../../../../src/core/math/mat4Decompose'
import { quatAngleBetween } from '../../../../src/core/math/quatAngleBetween'
import { quatNormalize } from '../../../../src/core/math/quatNormalize'
import { gaussian } from '../../../../src/core/random/gaussian'
import { mulberry32 } from '../../../../src/core/random/mulberry32'

describe('mat4Decompose / mat4Compose', () => {
  it('round-trips random rotations, translations and uniform scales', () => {
    const random = mulberry32(42)
    const q = new Float64Array(4)
    const m = new Float64Array(16)
    const t2 = new Float64Array(3)
    const q2 = new Float64Array(4)
    const s2 = new Float64Array(3)
    const m2 = new Float64Array(16)
    for (let n = 0; n < 500; n++) {
      // Normalised Gaussian 4-vectors are uniform over rotations, so all Shepperd branches run.
      quatNormalize(q, [gaussian(random), gaussian(random), gaussian(random), gaussian(random)])
      const t = [100 * (random() - 0.5), 100 * (random() - 0.5), -100 * random()]
      const s = 0.1 + 3 * random()
      mat4Compose(m, t, q, [s, s, s])
      mat4Decompose(m, t2, q2, s2)
      expect(quatAngleBetween(q, q2)).toBeLessThan(1e-7)
      for (let k = 0; k < 3; k++) {
        expect(t2[k]).toBeCloseTo(t[k]!, 10)
        expect(s2[k]).toBeCloseTo(s, 10)
      }
      mat4Compose(m2, t2, q2, s2)
      for (let i = 0; i < 16; i++) expect(m2[i]).toBeCloseTo(m[i]!, 9)
    }
  })

  it('reads a Float32Array matrix and returns a unit quaternion', () => {
    const m = mat4Compose(new Float32Array(16), [1, 2, -50], [0.1, 0.7, 0.1, 0.7], [1.3, 1.3, 1.3])
    const q = new Float64Array(4)
    mat4Decompose(m, new Float64Array(3), q, new Float64Array(3))
    expect(Math.hypot(q[0]!, q[1]!, q[2]!, q[3]!)).toBeCloseTo(1, 12)
  })

  it('folds a reflection into a negative x scale', () => {
    const m = mat4Compose(new Float64Array(16), [0, 0, 0], [0, 0, 0, 1], [-2, 2, 2])
    const s = new Float64Array(3)
    const q = new Float64Array(4)
    mat4Decompose(m, new Float64Array(3), q, s)
    expect(Array.from(s)).toEqual([-2, 2, 2])
    expect(quatAngleBetween(q, [0, 0, 0, 1])).toBeLessThan(1e-12)
  })

  it('gives the identity rotation, not NaN, for a zero matrix', () => {
    const q = new Float64Array(4)
    const s = new Float64Array(3)
    mat4Decompose(new Float64Array(16), new Float64Array(3), q, s)
    expect(Array.from(q)).toEqual([0, 0, 0, 1])
    expect(Array.from(s)).toEqual([0, 0, 0])
  })
})
