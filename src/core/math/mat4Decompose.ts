import type { NumericArray } from './types'
import { quatFromMat4 } from './quatFromMat4'

/**
 * Splits a column-major affine 4x4 `m` (translation in m[12..14], like MediaPipe's facial
 * transformation matrix and three.js `Matrix4.elements`) into translation, unit rotation quaternion
 * [x, y, z, w] and per-axis scale, so that `m = T * R * S`.
 *
 * A reflection (negative determinant) is folded into a negative x scale, as three.js does.
 * A degenerate matrix (a zero or non-finite column) yields the identity rotation rather than NaN.
 */
export function mat4Decompose(
  m: ArrayLike<number>,
  outTranslation: NumericArray,
  outQuaternion: NumericArray,
  outScale: NumericArray,
): void {
  const c0x = m[0]!
  const c0y = m[1]!
  const c0z = m[2]!
  const c1x = m[4]!
  const c1y = m[5]!
  const c1z = m[6]!
  const c2x = m[8]!
  const c2y = m[9]!
  const c2z = m[10]!
  let sx = Math.sqrt(c0x * c0x + c0y * c0y + c0z * c0z)
  const sy = Math.sqrt(c1x * c1x + c1y * c1y + c1z * c1z)
  const sz = Math.sqrt(c2x * c2x + c2y * c2y + c2z * c2z)
  const det =
    c0x * (c1y * c2z - c1z * c2y) - c1x * (c0y * c2z - c0z * c2y) + c2x * (c0y * c1z - c0z * c1y)
  if (det < 0) sx = -sx

  outTranslation[0] = m[12]!
  outTranslation[1] = m[13]!
  outTranslation[2] = m[14]!
  outScale[0] = sx
  outScale[1] = sy
  outScale[2] = sz

  // sx*sy*sz is non-zero and finite exactly when every column is usable.
  const volume = sx * sy * sz
  if (volume !== 0 && Number.isFinite(volume)) {
    quatFromMat4(outQuaternion, m, sx, sy, sz)
  } else {
    outQuaternion[0] = 0
    outQuaternion[1] = 0
    outQuaternion[2] = 0
    outQuaternion[3] = 1
  }
}
