import { checkBudgets, checkFit, matchColoursToVariants, type AssetIssue } from '../../core/catalog/asset'
import { safeValidateProductManifest } from '../../core/catalog/validateManifest'
import type { ManifestIssue, ProductCategory, ProductManifest } from '../../core/catalog/types'
import type { AssetRecord, ProductInput } from '../repo/types'
import { DEFAULT_ANCHOR } from './anchorForCategory'

/** Fields the service sets itself; a brand sending them gets told what to send instead. */
const DERIVED: Readonly<Record<string, string>> = {
  brand: 'it is set from your brand',
  asset: 'send assetId (from POST /api/v1/assets) instead',
}
const DEFAULT_SIZES = [{ id: 'M', label: 'Medium', scale: 1 }]
const NEUTRAL_HEX = '#808080'

/** URL a stored asset is served at. */
export const assetUrl = (sha256: string) => `/api/v1/assets/${sha256}.glb`

/** `"Orbit Round (Gold)"` → `"orbit-round-gold"`. */
export function slugify(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'product'
}

/** Outcome: the validated manifest and its warnings, or every problem with its JSON path. */
export type Derived = { ok: true; manifest: ProductManifest; warnings: AssetIssue[] } | { ok: false; issues: ManifestIssue[]; code: 'invalid_manifest' | 'over_budget' }

/**
 * Turns what a brand sent into a full product manifest: brand name, asset URL and sha256 from the
 * stored asset; anchor from the category; units "m" (glTF's); size M; colours from the asset's
 * colour variants or its first material; widthMm measured from the asset's bounds. Then the very
 * validation the shopper app runs (core/catalog), the category's budget, fit and colour/variant
 * checks (warnings).
 */
export function deriveManifest(input: ProductInput, slug: string, brandName: string, asset: AssetRecord): Derived {
  const preIssues: ManifestIssue[] = Object.keys(DERIVED).filter((k) => k in input).map((k) => ({ path: k, message: `this field is derived: ${DERIVED[k]}` }))
  if (preIssues.length > 0) return { ok: false, issues: preIssues, code: 'invalid_manifest' }
  const stats = asset.report.stats.optimised
  const { assetId: _assetId, ...fields } = input
  const category = fields.category as ProductCategory
  const colours = stats?.variants.length
    ? stats.variants.map((v) => ({ name: v.name, hex: v.hex ?? NEUTRAL_HEX }))
    : [{ name: 'Default', hex: stats?.primaryHex ?? NEUTRAL_HEX }]
  const raw: Record<string, unknown> = {
    units: 'm',
    anchor: DEFAULT_ANCHOR[category] ?? 'noseBridge',
    colours,
    tags: [],
    sizeVariants: DEFAULT_SIZES,
    ...fields,
    id: slug,
    brand: brandName,
    asset: { url: assetUrl(asset.sha256), sha256: asset.sha256 },
  }
  const validated = safeValidateProductManifest(raw)
  if (!validated.ok) return { ok: false, issues: validated.errors, code: 'invalid_manifest' }
  const manifest = validated.value
  const fit = checkFit(stats?.bounds ?? null, manifest)
  if (manifest.widthMm === undefined && fit.fit.widthMm !== null) manifest.widthMm = Math.round(fit.fit.widthMm * 10) / 10
  const budget = stats ? checkBudgets(stats, manifest.category) : []
  if (budget.length > 0) return { ok: false, issues: budget.map((i) => ({ path: 'assetId', message: i.message })), code: 'over_budget' }
  const variants = matchColoursToVariants(manifest.colours, stats?.variants ?? [])
  return { ok: true, manifest, warnings: [...fit.issues, ...variants.issues] }
}
