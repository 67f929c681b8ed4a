import type { NumericArray } from './types'

/**
 * Hamilton product `a * b` of quaternions [x, y, z, w] into `out` (which may alias either): the
 * rotation b followed by a. Returns `out`.
 */
export function quatMultiply(out: NumericArray, a: ArrayLike<number>, b: ArrayLike<number>): NumericArray {
  const ax = a[0]!
  const ay = a[1]!
  const az = a[2]!
  const aw = a[3]!
  const bx = b[0]!
  const by = b[1]!
  const bz = b[2]!
  const bw = b[3]!
  out[0] = aw * bx + ax * bw + ay * bz - az * by
  out[1] = aw * by - ax * bz + ay * bw + az * bx
  out[2] = aw * bz + ax * by - ay * bx + az * bw
  out[3] = aw * bw - ax * bx - ay * by - az * bz
  return out
}
