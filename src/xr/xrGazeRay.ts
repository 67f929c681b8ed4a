/**
 * The forward (−Z) direction of an XR pose orientation, written into `out`. From the rotation
 * matrix's third column, negated; no allocation (XRRigidTransform.matrix would allocate).
 */
export function forwardOf(q: DOMPointReadOnly, out: Float64Array): Float64Array {
  const { x, y, z, w } = q
  out[0] = -2 * (x * z + w * y)
  out[1] = -2 * (y * z - w * x)
  out[2] = -(1 - 2 * (x * x + y * y))
  return out
}
