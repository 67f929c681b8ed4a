import type { NumericArray } from './types'
import { quatNormalize } from './quatNormalize'

/** Below this angle between a and b (radians, half-angle cosine ~ 1 - 1e-12), nlerp equals slerp. */
const NLERP_THRESHOLD_SIN = 1e-6

/**
 * Spherical linear interpolation from unit quaternion `a` (t = 0) to `b` (t = 1) along the
 * shorter arc (Shoemake 1985): b is flipped to a's hemisphere first, because q and -q are the same
 * rotation and interpolating towards the far one would spin the long way round.
 * Writes a unit quaternion into `out` (which may alias `a` or `b`). Returns `out`.
 */
export function quatSlerp(
  out: NumericArray,
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  t: number,
): NumericArray {
  const ax = a[0]!
  const ay = a[1]!
  const az = a[2]!
  const aw = a[3]!
  let bx = b[0]!
  let by = b[1]!
  let bz = b[2]!
  let bw = b[3]!
  let cosHalf = ax * bx + ay * by + az * bz + aw * bw
  if (cosHalf < 0) {
    bx = -bx
    by = -by
    bz = -bz
    bw = -bw
    cosHalf = -cosHalf
  }
  let wa = 1 - t
  let wb = t
  const sinHalf = Math.sqrt(Math.max(0, 1 - cosHalf * cosHalf))
  if (sinHalf > NLERP_THRESHOLD_SIN) {
    // atan2 keeps precision for small angles where acos(cos) would lose digits.
    const half = Math.atan2(sinHalf, cosHalf)
    wa = Math.sin((1 - t) * half) / sinHalf
    wb = Math.sin(t * half) / sinHalf
  }
  out[0] = wa * ax + wb * bx
  out[1] = wa * ay + wb * by
  out[2] = wa * az + wb * bz
  out[3] = wa * aw + wb * bw
  // Renormalise: float rounding (and the nlerp branch) drift off the unit sphere.
  return quatNormalize(out, out)
}
