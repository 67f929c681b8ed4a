import type { ManifestIssue } from '../../core/catalog/types'
import type { ProductDraft } from './ProductDraft'

/** The JSON path each form field's problems are reported under. */
const FIELD_PATHS: Partial<Record<keyof ProductDraft, string>> = {
  name: 'name', category: 'category', priceAmount: 'price.amount', currency: 'price.currency',
  colours: 'colours', tags: 'tags', attribution: 'attribution', units: 'units', anchor: 'anchor',
  pivotOffset: 'pivotOffset', rotationDeg: 'rotationDeg', scale: 'scale',
}

/**
 * The problems to show now: all of them once the brand tried to save (or for a product that was
 * saved before), otherwise only those of fields already edited. An empty price on a form just
 * opened is not yet a mistake.
 */
export function visibleIssues(issues: readonly ManifestIssue[], touched: ReadonlySet<keyof ProductDraft>, showAll: boolean): ManifestIssue[] {
  if (showAll) return [...issues]
  const paths = [...touched].map((field) => FIELD_PATHS[field]).filter((p): p is string => p !== undefined)
  return issues.filter((i) => paths.some((p) => i.path === p || i.path.startsWith(`${p}.`) || i.path.startsWith(`${p}[`)))
}
