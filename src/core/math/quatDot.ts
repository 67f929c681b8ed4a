/** Dot product of two quaternions [x, y, z, w]; its sign tells which of q and -q is nearer. */
export function quatDot(a: ArrayLike<number>, b: ArrayLike<number>): number {
  return a[0]! * b[0]! + a[1]! * b[1]! + a[2]! * b[2]! + a[3]! * b[3]!
}
