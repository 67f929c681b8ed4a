/**
 * Types of the asset rules shared by the brand studio (browser) and the catalog service (Node):
 * what a GLB check reports and the figures budgets and fit are judged on.
 */
import type { ProductCategory, Vec3 } from '../types'

/** `error` blocks the upload or the publication; `warning` is shown but lets it through. */
export type AssetIssueSeverity = 'error' | 'warning' | 'info'

/** One finding about an asset, worded for a brand team. */
export interface AssetIssue {
  /** Stable machine code, e.g. `GLB_BAD_MAGIC`, `BUDGET_TRIANGLES`, or a Khronos validator code. */
  code: string
  severity: AssetIssueSeverity
  /** What is wrong, with the numbers involved, and what to do when that is not obvious. */
  message: string
  /** JSON pointer into the glTF document when the issue is about one object, e.g. `/accessors/3`. */
  pointer?: string
  /** `vitrine` for our rules, `khronos` for the Khronos glTF validator. */
  source: 'vitrine' | 'khronos'
}

/** The glTF JSON, loosely typed: it comes from an untrusted file and is checked field by field. */
export type GltfJson = Record<string, unknown>

/** A GLB split into its parts. `bin` is a view into the input bytes (no copy). */
export interface GlbContainer {
  json: GltfJson
  bin: Uint8Array | undefined
}

/** Axis-aligned bounds of the drawn geometry in scene (model) space, model units. */
export interface AssetBounds {
  min: Vec3
  max: Vec3
}

/** One image of the asset with its pixel size read from its header. */
export interface ImageStat {
  index: number
  mimeType: string
  width: number
  height: number
}

/** A colour variant of KHR_materials_variants; `hex` is the base colour of its first material when it has one. */
export interface MaterialVariant {
  name: string
  hex?: string
}

/** The figures budgets and fit checks are judged on, read from the glTF JSON and image headers. */
export interface AssetStats {
  /** File size in bytes. */
  bytes: number
  /** Triangles drawn: a mesh used by two nodes counts twice. */
  triangles: number
  /** Primitives drawn (one draw call each, before any batching). */
  drawCalls: number
  /** Distinct materials used by drawn primitives. */
  materials: number
  /** Images in the file. */
  textures: number
  /** Largest width or height among the images, pixels (0 without images). */
  maxTextureSizePx: number
  images: ImageStat[]
  /** Bounds of the drawn geometry, or null when nothing is drawn. */
  bounds: AssetBounds | null
  variants: MaterialVariant[]
  /** sRGB base colour of the first drawn material that has one, e.g. `#c9a45c`: the default swatch. */
  primaryHex?: string
  extensionsUsed: string[]
  extensionsRequired: string[]
}

/** Limits an asset of one category must stay within (see docs/catalog/asset-pipeline.md). */
export interface CategoryBudget {
  maxTriangles: number
  maxDrawCalls: number
  maxMaterials: number
  maxTextures: number
  /** Largest texture side, pixels; the optimiser resizes larger textures down to it. */
  maxTextureSizePx: number
  /** Size of the optimised file, bytes. */
  maxFileBytes: number
}

/** Outcome of the fit check of one placement. */
export interface FitReport {
  category: ProductCategory
  /** Width along X at scale 1 and size M, millimetres; null when the asset draws nothing. */
  widthMm: number | null
  /** Expected real width for the category, millimetres, or null when the category has no size rule. */
  expectedWidthMm: readonly [number, number] | null
  /** True when the width is within the expected range (or there is no rule). */
  ok: boolean
}

/**
 * What the service says about an uploaded asset, and what the studio shows: every issue (ours and
 * the Khronos validator's), the figures before and after optimisation, the budget they were held
 * to, the colour variants and the fit at default placement (units "m", scale 1, size M).
 */
export interface AssetReport {
  /** True when no issue is an error: the asset was stored. */
  ok: boolean
  category: ProductCategory
  /** Errors first, then warnings, each with its source and, where known, a JSON pointer. */
  issues: AssetIssue[]
  /** Bytes uploaded and bytes stored (served to shoppers); `optimised` is 0 when refused. */
  sizes: { original: number; optimised: number }
  stats: { original?: AssetStats; optimised?: AssetStats }
  optimisation: {
    /** True when the stored file is the optimiser's output, false when the original was kept. */
    applied: boolean
    /** The glTF-Transform steps run, in order. */
    steps: string[]
    ms: number
    /** Why the original was kept, when it was. */
    note?: string
  }
  /** Counts from the Khronos glTF validator, null when the file never reached it. */
  khronos: { validatorVersion: string; errors: number; warnings: number; infos: number; hints: number } | null
  variants: MaterialVariant[]
  fit: FitReport
  budget: CategoryBudget
}
