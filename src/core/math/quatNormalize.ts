import type { NumericArray } from './types'

/**
 * Writes `q / |q|` into `out` (quaternions are [x, y, z, w]); a zero or non-finite quaternion
 * becomes the identity, so a degenerate input never spreads NaN through a filter.
 * `out` may be `q`. Returns `out`.
 */
export function quatNormalize(out: NumericArray, q: ArrayLike<number>): NumericArray {
  const x = q[0]!
  const y = q[1]!
  const z = q[2]!
  const w = q[3]!
  const lengthSq = x * x + y * y + z * z + w * w
  if (!(lengthSq > 0) || !Number.isFinite(lengthSq)) {
    out[0] = 0
    out[1] = 0
    out[2] = 0
    out[3] = 1
    return out
  }
  const inv = 1 / Math.sqrt(lengthSq)
  out[0] = x * inv
  out[1] = y * inv
  out[2] = z * inv
  out[3] = w * inv
  return out
}
