import type { NumericArray } from './types'

/**
 * Writes into the column-major 4x4 `out` the affine matrix `T * R * S` from a translation, a unit
 * quaternion [x, y, z, w] and a per-axis scale: the inverse of {@link mat4Decompose}.
 * Returns `out`.
 */
export function mat4Compose(
  out: NumericArray,
  translation: ArrayLike<number>,
  quaternion: ArrayLike<number>,
  scale: ArrayLike<number>,
): NumericArray {
  const x = quaternion[0]!
  const y = quaternion[1]!
  const z = quaternion[2]!
  const w = quaternion[3]!
  const sx = scale[0]!
  const sy = scale[1]!
  const sz = scale[2]!
  const x2 = x + x
  const y2 = y + y
  const z2 = z + z
  const xx = x * x2
  const xy = x * y2
  const xz = x * z2
  const yy = y * y2
  const yz = y * z2
  const zz = z * z2
  const wx = w * x2
  const wy = w * y2
  const wz = w * z2

  out[0] = (1 - (yy + zz)) * sx
  out[1] = (xy + wz) * sx
  out[2] = (xz - wy) * sx
  out[3] = 0
  out[4] = (xy - wz) * sy
  out[5] = (1 - (xx + zz)) * sy
  out[6] = (yz + wx) * sy
  out[7] = 0
  out[8] = (xz + wy) * sz
  out[9] = (yz - wx) * sz
  out[10] = (1 - (xx + yy)) * sz
  out[11] = 0
  out[12] = translation[0]!
  out[13] = translation[1]!
  out[14] = translation[2]!
  out[15] = 1
  return out
}
