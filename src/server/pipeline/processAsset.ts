import { ASSET_BUDGETS, checkBudgets, checkFit, checkGlb, type AssetIssue, type AssetReport, type AssetStats } from '../../core/catalog/asset'
import type { ProductCategory } from '../../core/catalog/types'
import { optimiseGlb } from './optimiseGlb'
import { validateWithKhronos } from './validateWithKhronos'

/** Why an asset was refused: an error code for the API and a one-line message. */
export interface AssetRejection {
  code: 'invalid_glb' | 'invalid_gltf' | 'gltf_validation_failed' | 'over_budget'
  message: string
}

/** The report, and the bytes to store when the asset was accepted. */
export type ProcessedAsset = { ok: true; report: AssetReport; bytes: Uint8Array } | { ok: false; report: AssetReport; rejection: AssetRejection }

const PREFIX: Record<AssetRejection['code'], string> = {
  invalid_glb: 'not a valid GLB',
  invalid_gltf: 'the glTF inside the GLB is not usable',
  gltf_validation_failed: 'the Khronos glTF validator found errors',
  over_budget: 'the asset is over its budget',
}

function rejectionOf(issues: AssetIssue[]): AssetRejection {
  const errors = issues.filter((i) => i.severity === 'error')
  const first = errors[0]!
  const code: AssetRejection['code'] = first.source === 'khronos' ? 'gltf_validation_failed'
    : first.code.startsWith('GLB_') ? 'invalid_glb' : first.code.startsWith('BUDGET_') ? 'over_budget' : 'invalid_gltf'
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more, see details.issues)` : ''
  return { code, message: `${PREFIX[code]}: ${first.message}${first.pointer ? ` at ${first.pointer}` : ''}${more}` }
}

const ordered = (issues: AssetIssue[]) => [...issues.filter((i) => i.severity === 'error'), ...issues.filter((i) => i.severity !== 'error')]

/** Default placement the upload report's fit is computed with. */
const DEFAULT_PLACEMENT = { id: 'upload', units: 'm', scale: 1, rotationDeg: [0, 0, 0], pivotOffset: [0, 0, 0], sizeVariants: [{ id: 'M', label: 'Medium', scale: 1 }] } as const

/**
 * The asset pipeline: our GLB rules (core/catalog/asset), the Khronos validator, optimisation with
 * glTF-Transform (kept only when the result passes the same checks and is worth it), the
 * category's budget on what will be stored, then fit and colour variants. Pure apart from CPU:
 * nothing is written.
 */
export async function processAsset(original: Uint8Array, category: ProductCategory): Promise<ProcessedAsset> {
  const budget = ASSET_BUDGETS[category]
  const started = performance.now()
  const report: AssetReport = {
    ok: false, category, issues: [], sizes: { original: original.byteLength, optimised: 0 }, stats: {},
    optimisation: { applied: false, steps: [], ms: 0 }, khronos: null, variants: [],
    fit: { category, widthMm: null, expectedWidthMm: null, ok: false }, budget,
  }
  const refuse = (issues: AssetIssue[]): ProcessedAsset => {
    report.issues = ordered(issues)
    return { ok: false, report, rejection: rejectionOf(issues) }
  }

  const core = checkGlb(original)
  if (!core.ok || !core.stats) return refuse(core.issues)
  report.stats.original = core.stats
  const khronos = await validateWithKhronos(original)
  report.khronos = khronos.summary
  const issues = [...core.issues, ...khronos.issues]
  if (khronos.summary.errors > 0) return refuse(issues)

  let bytes = original
  let stats: AssetStats = core.stats
  let noGain = false
  try {
    const optimised = await optimiseGlb(original, budget.maxTextureSizePx)
    report.optimisation.steps = optimised.steps
    const recheck = checkGlb(optimised.bytes)
    const revalidated = recheck.ok ? await validateWithKhronos(optimised.bytes) : undefined
    const originalFits = checkBudgets(core.stats, category, budget).length === 0
    if (!recheck.ok || !recheck.stats || !revalidated || revalidated.summary.errors > 0) {
      report.optimisation.note = `the optimised file failed its own checks (${[...recheck.issues, ...(revalidated?.issues ?? [])].find((i) => i.severity === 'error')?.message ?? 'unknown'}); the original is kept`
    } else if (optimised.bytes.byteLength >= original.byteLength && originalFits) {
      report.optimisation.note = `optimisation did not make the file smaller (${optimised.bytes.byteLength} bytes); the original is kept`
      noGain = true
    } else {
      bytes = optimised.bytes
      stats = recheck.stats
      report.optimisation.applied = true
    }
  } catch (error) {
    report.optimisation.note = `optimisation failed (${error instanceof Error ? error.message : String(error)}); the original is kept`
  }
  report.optimisation.ms = Math.round(performance.now() - started)
  if (report.optimisation.note) issues.push({ code: 'OPTIMISATION_SKIPPED', severity: noGain ? 'info' : 'warning', message: report.optimisation.note, source: 'vitrine' })
  report.stats.optimised = stats
  report.sizes.optimised = bytes.byteLength
  issues.push(...checkBudgets(stats, category, budget))
  const fit = checkFit(stats.bounds, { ...DEFAULT_PLACEMENT, category, rotationDeg: [0, 0, 0], pivotOffset: [0, 0, 0], sizeVariants: [...DEFAULT_PLACEMENT.sizeVariants] })
  report.fit = fit.fit
  report.variants = stats.variants
  issues.push(...fit.issues.filter((i) => i.code === 'FIT_WIDTH'))
  if (issues.some((i) => i.severity === 'error')) return refuse(issues)
  report.ok = true
  report.issues = ordered(issues)
  return { ok: true, report, bytes }
}
