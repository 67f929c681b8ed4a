import { createHash } from 'node:crypto'
import { checkBudgets, checkGlb, type AssetIssue } from '../../core/catalog/asset'
import type { ProductCategory } from '../../core/catalog/types'
import { validateWithKhronos } from '../pipeline/validateWithKhronos'
import type { AssetRecord } from '../repo/types'
import type { AssetStore } from '../storage/AssetStore'

/**
 * Re-checks a stored asset before it goes public: the file is there, its bytes still hash to the
 * sha256 it is stored under, it passes our GLB rules and the Khronos validator, and it fits the
 * budget of the product's category. Returns the errors (empty when it may be published).
 */
export async function checkStoredAsset(store: AssetStore, asset: AssetRecord, category: ProductCategory): Promise<AssetIssue[]> {
  let bytes: Buffer
  try {
    bytes = await store.read(asset.sha256)
  } catch {
    return [{ code: 'ASSET_FILE_MISSING', severity: 'error', message: `the stored file of asset ${asset.id} is missing; upload the GLB again`, source: 'vitrine' }]
  }
  const actual = createHash('sha256').update(bytes).digest('hex')
  if (actual !== asset.sha256) {
    return [{ code: 'ASSET_FILE_DAMAGED', severity: 'error', message: `the stored file of asset ${asset.id} no longer matches its sha256 (${actual}); upload the GLB again`, source: 'vitrine' }]
  }
  const core = checkGlb(bytes)
  if (!core.ok || !core.stats) return core.issues.filter((i) => i.severity === 'error')
  const khronos = await validateWithKhronos(bytes)
  const errors = khronos.issues.filter((i) => i.severity === 'error')
  return errors.length > 0 ? errors : checkBudgets(core.stats, category)
}
