import type { NumericArray } from './types'

/**
 * Writes into `out` the unit quaternion [x, y, z, w] of rotation vector `v` (unit axis times
 * angle in radians, length 3): the exponential map, inverse of {@link quatDeltaRotationVector}'s
 * result. Returns `out`.
 */
export function quatFromRotationVector(out: NumericArray, v: ArrayLike<number>): NumericArray {
  const x = v[0]!
  const y = v[1]!
  const z = v[2]!
  const angle = Math.sqrt(x * x + y * y + z * z)
  // sin(θ/2)/θ tends to 1/2; the series avoids 0/0 for a zero rotation.
  const k = angle > 1e-8 ? Math.sin(angle / 2) / angle : 0.5 - (angle * angle) / 48
  out[0] = x * k
  out[1] = y * k
  out[2] = z * k
  out[3] = Math.cos(angle / 2)
  return out
}
