import type { ModelUnits, ProductManifest, SizeVariant, Vec3 } from './types'

/** Centimetres per model unit: anchor (face) space is in centimetres. */
export const CM_PER_UNIT: Readonly<Record<ModelUnits, number>> = { m: 100, cm: 1, mm: 0.1 }

/** Where and how big a product's model sits in its anchor's space. */
export interface AnchorTransform {
  /**
   * Column-major 4x4 (the layout of `Matrix4.fromArray` in three.js and of glTF) equal to
   * `S · R · T(-pivotOffset)`: a model-space point `p` lands at `scale · R · (p - pivotOffset)`, in
   * centimetres. The pivot therefore maps to the anchor's origin, and rotation and scale turn about it.
   */
  matrix: Float64Array
  /** Uniform factor from model units to centimetres: `CM_PER_UNIT[units] · manifest.scale · variant.scale`. */
  scale: number
  /** Euler XYZ degrees (three.js order `'XYZ'`, i.e. `R = Rx · Ry · Rz`), copied from the manifest. */
  rotationDeg: Vec3
  /** Model-space pivot in model units, copied from the manifest. */
  pivotOffset: Vec3
  /** The size variant the scale includes. */
  sizeVariant: SizeVariant
}

type Placement = Pick<ProductManifest, 'id' | 'units' | 'scale' | 'rotationDeg' | 'pivotOffset' | 'sizeVariants'>

/**
 * The size variant named `id`, or when no id is given the one modelled at real size (scale
 * closest to 1, first on ties), which is what a shopper sees before choosing a size.
 */
export function pickSizeVariant(manifest: Placement, id?: string): SizeVariant {
  const variants = manifest.sizeVariants
  if (id !== undefined) {
    const found = variants.find((v) => v.id === id)
    if (found) return found
    throw new Error(`[vitrine/catalog] "${manifest.id}" has no size variant "${id}" (has ${variants.map((v) => v.id).join(', ')})`)
  }
  let best = variants[0]
  for (const v of variants) if (best === undefined || Math.abs(v.scale - 1) < Math.abs(best.scale - 1)) best = v
  if (best === undefined) throw new Error(`[vitrine/catalog] "${manifest.id}" has no size variants`)
  return best
}

/**
 * Turns a validated manifest and a size choice into the transform that places its GLB in anchor
 * space (centimetres). Pure: the renderer applies `matrix` under the anchor's object as is.
 */
export function modelToAnchorTransform(manifest: Placement, sizeVariantId?: string): AnchorTransform {
  const sizeVariant = pickSizeVariant(manifest, sizeVariantId)
  const s = CM_PER_UNIT[manifest.units] * manifest.scale * sizeVariant.scale
  const [rx, ry, rz] = manifest.rotationDeg.map((deg) => (deg * Math.PI) / 180) as Vec3
  const a = Math.cos(rx), b = Math.sin(rx), c = Math.cos(ry), d = Math.sin(ry), e = Math.cos(rz), f = Math.sin(rz)
  // Rx · Ry · Rz, written column by column (same formula as three.js Matrix4.makeRotationFromEuler, 'XYZ').
  const r = [
    c * e, a * f + b * e * d, b * f - a * e * d,
    -c * f, a * e - b * f * d, b * e + a * f * d,
    d, -b * c, a * c,
  ]
  const [px, py, pz] = manifest.pivotOffset
  const m = new Float64Array(16)
  for (let col = 0; col < 3; col++) for (let row = 0; row < 3; row++) m[col * 4 + row] = s * r[col * 3 + row]!
  // Translation column: -(S · R) · pivot, so the pivot lands on the origin.
  for (let row = 0; row < 3; row++) m[12 + row] = -(m[row]! * px + m[4 + row]! * py + m[8 + row]! * pz)
  m[15] = 1
  return { matrix: m, scale: s, rotationDeg: [...manifest.rotationDeg], pivotOffset: [...manifest.pivotOffset], sizeVariant }
}
