/**
 * Angle in radians, in [0, π], of the rotation between unit quaternions `a` and `b`; q and -q
 * count as the same rotation. Uses atan2 rather than acos(|a·b|) so tiny angles keep precision.
 */
export function quatAngleBetween(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const dot = Math.abs(a[0]! * b[0]! + a[1]! * b[1]! + a[2]! * b[2]! + a[3]! * b[3]!)
  // For unit a, b: |a - b|²·|a + b|² = 4(1 - dot²), so this gives sin(θ/2) without the
  // cancellation that 1 - dot² suffers near dot = 1.
  let diffSq = 0
  let sumSq = 0
  for (let i = 0; i < 4; i++) {
    const ai = a[i]!
    const bi = b[i]!
    diffSq += (ai - bi) * (ai - bi)
    sumSq += (ai + bi) * (ai + bi)
  }
  const sinHalf = 0.5 * Math.sqrt(diffSq * sumSq)
  return 2 * Math.atan2(Math.min(1, sinHalf), dot)
}
