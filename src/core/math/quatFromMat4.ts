import type { NumericArray } from './types'
import { quatNormalize } from './quatNormalize'

/**
 * Writes into `out` the unit quaternion [x, y, z, w] of the rotation held in the upper-left 3x3 of
 * the column-major 4x4 `m`, whose columns are first divided by `sx`, `sy`, `sz` (the scale found
 * by {@link mat4Decompose}). Uses Shepperd's method (J. Guidance & Control 1978): branch on the
 * largest of trace and diagonal so the square root never takes a tiny, noisy argument.
 * Returns `out`.
 */
export function quatFromMat4(
  out: NumericArray,
  m: ArrayLike<number>,
  sx = 1,
  sy = 1,
  sz = 1,
): NumericArray {
  const m11 = m[0]! / sx
  const m21 = m[1]! / sx
  const m31 = m[2]! / sx
  const m12 = m[4]! / sy
  const m22 = m[5]! / sy
  const m32 = m[6]! / sy
  const m13 = m[8]! / sz
  const m23 = m[9]! / sz
  const m33 = m[10]! / sz
  const trace = m11 + m22 + m33
  if (trace > 0) {
    const s = 0.5 / Math.sqrt(trace + 1)
    out[3] = 0.25 / s
    out[0] = (m32 - m23) * s
    out[1] = (m13 - m31) * s
    out[2] = (m21 - m12) * s
  } else if (m11 > m22 && m11 > m33) {
    const s = 2 * Math.sqrt(1 + m11 - m22 - m33)
    out[3] = (m32 - m23) / s
    out[0] = 0.25 * s
    out[1] = (m12 + m21) / s
    out[2] = (m13 + m31) / s
  } else if (m22 > m33) {
    const s = 2 * Math.sqrt(1 + m22 - m11 - m33)
    out[3] = (m13 - m31) / s
    out[0] = (m12 + m21) / s
    out[1] = 0.25 * s
    out[2] = (m23 + m32) / s
  } else {
    const s = 2 * Math.sqrt(1 + m33 - m11 - m22)
    out[3] = (m21 - m12) / s
    out[0] = (m13 + m31) / s
    out[1] = (m23 + m32) / s
    out[2] = 0.25 * s
  }
  // A Float32 matrix is only orthonormal to ~1e-7; normalising absorbs that.
  return quatNormalize(out, out)
}
