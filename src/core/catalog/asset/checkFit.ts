import { modelToAnchorTransform } from '../modelToAnchorTransform'
import { transformPoint } from '../transformPoint'
import { MODEL_UNITS, type ProductCategory, type ProductManifest, type Vec3 } from '../types'
import { assetIssue } from './assetIssue'
import { EXPECTED_WIDTH_MM } from './budgets'
import type { AssetBounds, AssetIssue, FitReport } from './types'

/** How far the pivot may lie outside the model's bounds, as a fraction of the model's size. */
const PIVOT_SLACK = 0.1
/** How far off the centre line a pair of glasses' pivot may be, as a fraction of its width. */
const GLASSES_CENTRE_TOLERANCE = 0.05
const MM_PER_CM = 10
/** Slack on the expected width, as a fraction: hinges and splayed temples may stick out a little past the frame front. */
const WIDTH_TOLERANCE = 0.02

/** The placement fields of a manifest the fit check reads. */
export type FitPlacement = Pick<ProductManifest, 'id' | 'category' | 'units' | 'scale' | 'rotationDeg' | 'pivotOffset' | 'sizeVariants'>

function anchorBounds(bounds: AssetBounds, placement: FitPlacement): AssetBounds {
  const { matrix } = modelToAnchorTransform(placement)
  const min: Vec3 = [Infinity, Infinity, Infinity], max: Vec3 = [-Infinity, -Infinity, -Infinity]
  for (let c = 0; c < 8; c++) {
    const p = transformPoint(matrix, [c & 1 ? bounds.max[0] : bounds.min[0], c & 2 ? bounds.max[1] : bounds.min[1], c & 4 ? bounds.max[2] : bounds.min[2]])
    for (let k = 0; k < 3; k++) { min[k] = Math.min(min[k]!, p[k]!); max[k] = Math.max(max[k]!, p[k]!) }
  }
  return { min, max }
}

const mm = (v: number) => (v >= 10 ? Math.round(v).toString() : v.toPrecision(2))

function widthAdvice(widthMm: number, [lo, hi]: readonly [number, number], placement: FitPlacement): string {
  const perUnit = widthMm / placement.scale
  for (const units of MODEL_UNITS) {
    const ratio = { m: 1000, cm: 10, mm: 1 }[units] / { m: 1000, cm: 10, mm: 1 }[placement.units]
    const w = widthMm * ratio
    if (units !== placement.units && w >= lo && w <= hi) return `; with units "${units}" it would be ${mm(w)} mm`
  }
  const scale = ((lo + hi) / 2 / perUnit).toPrecision(3)
  return `; a scale of about ${scale} would make it ${mm((lo + hi) / 2)} mm`
}

/**
 * Checks where and how big an asset lands on its anchor under a placement: its width at size M
 * against the category's expected real width, the pivot inside the model (and centred, for
 * glasses), and glasses facing +Z. Findings are warnings: the studio shows them, nothing is refused.
 */
export function checkFit(bounds: AssetBounds | null, placement: FitPlacement): { fit: FitReport; issues: AssetIssue[] } {
  const category: ProductCategory = placement.category
  const expected = EXPECTED_WIDTH_MM[category]
  const issues: AssetIssue[] = []
  if (bounds === null) return { fit: { category, widthMm: null, expectedWidthMm: expected, ok: expected === null }, issues }
  const placed = anchorBounds(bounds, placement)
  const widthMm = (placed.max[0] - placed.min[0]) * MM_PER_CM
  const ok = expected === null || (widthMm >= expected[0] * (1 - WIDTH_TOLERANCE) && widthMm <= expected[1] * (1 + WIDTH_TOLERANCE))
  if (!ok && expected) {
    issues.push(assetIssue('FIT_WIDTH', `the model is ${mm(widthMm)} mm wide with units "${placement.units}" and scale ${placement.scale}; ${category} should be ${expected[0]}-${expected[1]} mm wide${widthAdvice(widthMm, expected, placement)}`, undefined, 'warning'))
  }
  const size = bounds.max.map((v, k) => v - bounds.min[k]!)
  const outside = placement.pivotOffset.some((p, k) => p < bounds.min[k]! - PIVOT_SLACK * size[k]! || p > bounds.max[k]! + PIVOT_SLACK * size[k]!)
  if (outside) {
    issues.push(assetIssue('FIT_PIVOT_OUTSIDE', `pivotOffset [${placement.pivotOffset.join(', ')}] lies outside the model (x ${bounds.min[0].toPrecision(3)} to ${bounds.max[0].toPrecision(3)}, y ${bounds.min[1].toPrecision(3)} to ${bounds.max[1].toPrecision(3)}, z ${bounds.min[2].toPrecision(3)} to ${bounds.max[2].toPrecision(3)}): the product would float away from the ${category === 'glasses' ? 'nose' : 'anchor'}`, undefined, 'warning'))
  }
  if (category === 'glasses') {
    const centre = (bounds.min[0] + bounds.max[0]) / 2
    if (Math.abs(placement.pivotOffset[0] - centre) > GLASSES_CENTRE_TOLERANCE * size[0]!) {
      issues.push(assetIssue('FIT_PIVOT_OFF_CENTRE', `the pivot's x (${placement.pivotOffset[0]}) is off the frame's centre line (x = ${centre.toPrecision(3)}): the glasses would sit crooked on the nose`, undefined, 'warning'))
    }
    if (placed.max[1] - placed.min[1] > placed.max[0] - placed.min[0]) {
      issues.push(assetIssue('FIT_ORIENTATION', 'the glasses are taller than wide once placed: the model should be +Y up with the frame front across X; check rotationDeg', undefined, 'warning'))
    } else if (placed.max[2] > -placed.min[2]) {
      issues.push(assetIssue('FIT_FACING', 'most of the glasses lie in front of the pivot: the frame front should face +Z with the temples running back along -Z; check rotationDeg (e.g. [0, 180, 0]) and pivotOffset', undefined, 'warning'))
    }
  }
  return { fit: { category, widthMm, expectedWidthMm: expected, ok }, issues }
}
