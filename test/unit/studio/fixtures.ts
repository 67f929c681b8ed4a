import type { AssetReport, AssetStats, MaterialVariant } from '../../../src/core/catalog/asset/types'
import { ASSET_BUDGETS } from '../../../src/core/catalog/asset/budgets'
import type { AssetView } from '../../../src/studio/api/types'

/** Bounds of the Khronos sunglasses as the service reports them (metres; origin at the bottom centre of the frame front). */
export const KHRONOS_BOUNDS = { min: [-0.07524, -0.0000127, -0.1571] as [number, number, number], max: [0.07526, 0.0576, 0.00437] as [number, number, number] }

function stats(bytes: number, variants: MaterialVariant[], primaryHex?: string): AssetStats {
  return {
    bytes, triangles: 13_396, drawCalls: 8, materials: 5, textures: 1, maxTextureSizePx: 1024,
    images: [{ index: 0, mimeType: 'image/png', width: 1024, height: 128 }],
    bounds: KHRONOS_BOUNDS, variants, extensionsUsed: [], extensionsRequired: [], ...(primaryHex && { primaryHex }),
  }
}

/** An accepted upload of the Khronos sunglasses, as `POST /api/v1/assets` answers it. */
export function khronosAsset(variants: MaterialVariant[] = [], primaryHex = '#f5f5f5'): AssetView {
  const report: AssetReport = {
    ok: true, category: 'glasses', issues: [], sizes: { original: 371_188, optimised: 229_996 },
    stats: { original: stats(371_188, variants, primaryHex), optimised: stats(229_996, variants, primaryHex) },
    optimisation: { applied: true, steps: ['dedup', 'prune', 'weld', 'quantize', 'textures → WebP ≤ 1024 px'], ms: 1893 },
    khronos: { validatorVersion: '2.0.0-dev.3.10', errors: 0, warnings: 0, infos: 0, hints: 0 },
    variants, fit: { category: 'glasses', widthMm: 150.5, expectedWidthMm: [120, 150], ok: true }, budget: ASSET_BUDGETS.glasses,
  }
  return { id: '6f1c2a52-0b7e-4f55-9a37-3d1f1f3c9b10', sha256: 'f'.repeat(64), url: `/api/v1/assets/${'f'.repeat(64)}.glb`, category: 'glasses', sizes: report.sizes, report, createdAt: '2026-11-29T12:00:00.000Z' }
}
