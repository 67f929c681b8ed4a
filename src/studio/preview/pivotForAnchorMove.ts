import { modelToAnchorTransform } from '../../core/catalog/modelToAnchorTransform'
import type { ProductManifest, Vec3 } from '../../core/catalog/types'

type Placement = Pick<ProductManifest, 'id' | 'units' | 'scale' | 'rotationDeg' | 'pivotOffset' | 'sizeVariants'>

/**
 * The pivot that moves a placed model by `deltaCm` in its anchor's space (what a drag handle
 * does). A model point p lands at `M·p + t` with `M = s·R` and `t = -M·pivot`, so moving it by Δ
 * takes `pivot' = pivot - M⁻¹·Δ = pivot - Rᵀ·Δ / s` (R is a rotation, so its inverse is its
 * transpose). Returned in model units, to 10 significant digits so the fields show clean numbers.
 */
export function pivotForAnchorMove(placement: Placement, deltaCm: ArrayLike<number>): Vec3 {
  const { matrix: m, scale: s } = modelToAnchorTransform(placement)
  const next = [...placement.pivotOffset] as Vec3
  for (let axis = 0; axis < 3; axis++) {
    // (M^T Δ)[axis] is the dot product of M's column `axis` with Δ.
    const column = m[axis * 4]! * deltaCm[0]! + m[axis * 4 + 1]! * deltaCm[1]! + m[axis * 4 + 2]! * deltaCm[2]!
    next[axis] = round(next[axis]! - column / (s * s))
  }
  return next
}

/** Drops binary noise (0.038700000000000005 → 0.0387). */
const round = (v: number) => Number(v.toPrecision(10))
