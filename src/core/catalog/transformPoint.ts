import type { Vec3 } from './types'

/**
 * Applies a column-major affine 4x4 (such as `AnchorTransform.matrix`) to a point. For fit checks
 * and tests in Node; renderers hand the matrix to three.js instead.
 */
export function transformPoint(matrix: ArrayLike<number>, point: Readonly<Vec3>): Vec3 {
  const [x, y, z] = point
  const m = matrix
  return [
    m[0]! * x + m[4]! * y + m[8]! * z + m[12]!,
    m[1]! * x + m[5]! * y + m[9]! * z + m[13]!,
    m[2]! * x + m[6]! * y + m[10]! * z + m[14]!,
  ]
}
