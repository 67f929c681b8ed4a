import { checkFit } from '../../core/catalog/asset/checkFit'
import { matchColoursToVariants } from '../../core/catalog/asset/matchColoursToVariants'
import type { AssetIssue, AssetReport, FitReport } from '../../core/catalog/asset/types'
import { safeValidateProductManifest } from '../../core/catalog/validateManifest'
import type { ManifestIssue, SizeVariant } from '../../core/catalog/types'
import { draftToInput } from './draftToInput'
import type { ProductDraft } from './ProductDraft'

/** Where the draft stands before anything is sent. */
export interface DraftCheck {
  /** Problems that would make the service refuse it, by JSON path (`price.currency`, `colours[1].hex`). */
  errors: ManifestIssue[]
  /** Fit and colour-variant warnings for the current placement and colours (nothing is refused). */
  warnings: AssetIssue[]
  /** Width on the face for this placement; null without a model report or with a scale ≤ 0. */
  fit: FitReport | null
}

const DEFAULT_SIZES: SizeVariant[] = [{ id: 'M', label: 'Medium', scale: 1 }]
/** Stand-ins for the fields the service derives, so only the brand's own fields can fail. */
const DERIVED = { id: 'studio-draft', brand: 'Studio', asset: { url: '/studio-draft.glb' } }

/**
 * Runs the very rules the service and the shopper app run (core/catalog: manifest validation,
 * fit and colour-variant checks) on the draft as it is typed, so mistakes show next to their field
 * with the service's own words before anything is saved. Fit is judged on the placement alone: a
 * half-typed price does not hide it.
 */
export function validateDraft(draft: ProductDraft, report: AssetReport | undefined, sizeVariants: SizeVariant[] = DEFAULT_SIZES): DraftCheck {
  const result = safeValidateProductManifest({ ...draftToInput(draft, 'create'), ...DERIVED, sizeVariants })
  const errors = result.ok ? [] : result.errors
  const stats = report?.stats.optimised ?? report?.stats.original
  const placementValid = draft.scale > 0 && [...draft.pivotOffset, ...draft.rotationDeg].every(Number.isFinite)
  const fit = report && placementValid ? checkFit(stats?.bounds ?? null, { ...draft, id: DERIVED.id, sizeVariants }) : undefined
  const variants = matchColoursToVariants(draft.colours, report?.variants ?? [])
  return { errors, warnings: [...(fit?.issues ?? []), ...variants.issues], fit: fit?.fit ?? null }
}

/** The issues of one field: its own path and everything under it (`colours` takes `colours[2].hex`). */
export function issuesAt(issues: readonly ManifestIssue[], path: string): ManifestIssue[] {
  return issues.filter((i) => i.path === path || i.path.startsWith(`${path}.`) || i.path.startsWith(`${path}[`))
}
