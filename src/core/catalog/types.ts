/**
 * Accessory manifest types: how a product and its 3D asset are described to the kit.
 *
 * Model-space convention (every GLB the catalog references):
 * - glTF axes: +Y up, the product's front faces +Z (towards the camera when the wearer faces the
 *   camera), +X points to the viewer's right, which is the wearer's left. Temples of glasses run
 *   back along -Z.
 * - Coordinates are in `units` (glTF files are normally metres).
 * - `pivotOffset` is the point of the model that must sit on the anchor. For glasses on the
 *   `noseBridge` anchor it is where the frame rests on the nose: x = 0 (centre), y = the underside
 *   of the bridge, z = the rearmost part of the frame at the nose (the nose pads' back face when the
 *   frame has pads, otherwise the back face of the bridge).
 *
 * Anchor space is the canonical face space of `src/core/face/types.ts` translated to the anchor:
 * same axes, centimetres. `modelToAnchorTransform` maps model space into it.
 */
import type { AnchorName } from '../face/types'

/** What kind of product it is; decides which anchors and renderers make sense. */
export type ProductCategory = 'glasses' | 'earrings' | 'hat' | 'makeup'
export const PRODUCT_CATEGORIES: readonly ProductCategory[] = ['glasses', 'earrings', 'hat', 'makeup']

/** Unit of a GLB's coordinates. */
export type ModelUnits = 'm' | 'cm' | 'mm'
export const MODEL_UNITS: readonly ModelUnits[] = ['m', 'cm', 'mm']

/** A point or Euler angle triple `[x, y, z]`. */
export type Vec3 = [number, number, number]

/** Price of one item. */
export interface Price {
  /** Amount in major units (euros, not cents), `>= 0`. */
  amount: number
  /** ISO 4217 code, three uppercase letters such as `"EUR"`. */
  currency: string
}

/** One colour the product comes in. */
export interface Colour {
  /** Shopper-facing name, e.g. `"Tortoise"`. */
  name: string
  /** `#rrggbb`, normalised to lowercase by validation. */
  hex: string
}

/** Where the product's 3D model lives. */
export interface AssetRef {
  /** Relative path or same-origin absolute path ending in `.glb`; never another origin (CSP). */
  url: string
  /** Optional SHA-256 of the file, 64 lowercase hex digits, to detect a stale or tampered asset. */
  sha256?: string
}

/** A picture of the product (e.g. worn on the reference face), served from the same origin. */
export interface ImageRef {
  /** Relative or same-origin path ending in `.webp`, `.png` or `.jpg`. */
  url: string
  /** Optional SHA-256 of the file, 64 lowercase hex digits. */
  sha256?: string
}

/** A size the product is sold in; the model is scaled uniformly by `scale`. */
export interface SizeVariant {
  /** Unique within the product, e.g. `"M"`. */
  id: string
  /** Shopper-facing label, e.g. `"Medium"`. */
  label: string
  /** Uniform scale relative to the modelled size, `> 0`. */
  scale: number
}

/** A typed, validated description of one product. Build one with `validateProductManifest`. */
export interface ProductManifest {
  /** Slug: lowercase letters, digits and single dashes, e.g. `"round-gold"`. */
  id: string
  name: string
  brand: string
  category: ProductCategory
  price: Price
  /** At least one. */
  colours: Colour[]
  /** Style tags for the ranker, e.g. `"round"`, `"metal"`. Default `[]`. */
  tags: string[]
  asset: AssetRef
  /** Unit of the GLB's coordinates. */
  units: ModelUnits
  /** Face anchor the model's pivot sits on. */
  anchor: AnchorName
  /** Model-space point (model units) placed on the anchor: the model is translated by -pivotOffset. Default `[0, 0, 0]`. */
  pivotOffset: Vec3
  /** Euler angles in degrees, order XYZ as in three.js, applied after the pivot correction. Default `[0, 0, 0]`. */
  rotationDeg: Vec3
  /** Extra uniform scale for a model not built to real size, `> 0`. Default `1`. */
  scale: number
  /** At least one, ids unique. */
  sizeVariants: SizeVariant[]
  /** Licence credit to show with the model, e.g. `"Khronos Group, CC BY 4.0"`. */
  attribution?: string
  /** Declared real width in millimetres at scale 1, for fit checks. */
  widthMm?: number
  /** A picture of the product worn on the reference face, for rails and catalog pages. */
  thumbnail?: ImageRef
}

/** The whole product list as served at `/catalog/*.json`. Product ids are unique. */
export interface Catalog {
  version: 1
  products: ProductManifest[]
}

/** One problem found while validating, e.g. `{ path: 'products[3].price.currency', message: '…' }`. */
export interface ManifestIssue {
  /** JSON path of the offending value; `''` for the input itself. */
  path: string
  /** What was expected and what was found, without the path. */
  message: string
}

/** Outcome of a non-throwing validation. */
export type ValidationResult<T> = { ok: true; value: T } | { ok: false; errors: ManifestIssue[] }
