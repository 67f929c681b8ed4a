import type { NumericArray } from './types'

/**
 * Writes into `out` (length 3) the rotation vector (unit axis times angle, radians) of the
 * shortest rotation taking unit quaternion `from` to `to`, i.e. of `to * conj(from)`, in the
 * parent (camera) frame. Divided by a time step it is an angular velocity, which is what the
 * 1€ quaternion filter needs for its adaptive cutoff. q and -q give the same result.
 * Returns the angle in radians, in [0, π].
 */
export function quatDeltaRotationVector(
  out: NumericArray,
  from: ArrayLike<number>,
  to: ArrayLike<number>,
): number {
  const ax = from[0]!
  const ay = from[1]!
  const az = from[2]!
  const aw = from[3]!
  const bx = to[0]!
  const by = to[1]!
  const bz = to[2]!
  const bw = to[3]!
  // Hamilton product to * conj(from).
  let dx = -bw * ax + bx * aw - by * az + bz * ay
  let dy = -bw * ay + bx * az + by * aw - bz * ax
  let dz = -bw * az - bx * ay + by * ax + bz * aw
  let dw = bw * aw + bx * ax + by * ay + bz * az
  if (dw < 0) {
    // Shortest arc: the double cover means -d is the same rotation with angle 2π - θ.
    dx = -dx
    dy = -dy
    dz = -dz
    dw = -dw
  }
  const sinHalf = Math.sqrt(dx * dx + dy * dy + dz * dz)
  const angle = 2 * Math.atan2(sinHalf, dw)
  // For tiny angles sin(θ/2) ≈ θ/2, so the vector part times 2 is the rotation vector.
  const k = sinHalf > 1e-12 ? angle / sinHalf : 2
  out[0] = dx * k
  out[1] = dy * k
  out[2] = dz * k
  return angle
}
