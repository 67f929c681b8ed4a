import { assetIssue, formatBytes } from './assetIssue'
import { ASSET_BUDGETS } from './budgets'
import type { ProductCategory } from '../types'
import type { AssetIssue, AssetStats, CategoryBudget } from './types'

const n = (value: number) => value.toLocaleString('en-US')

/**
 * Holds an asset's figures to its category's budget. Every limit exceeded is an error that names
 * the figure, the limit and what to do about it.
 */
export function checkBudgets(stats: AssetStats, category: ProductCategory, budget: CategoryBudget = ASSET_BUDGETS[category]): AssetIssue[] {
  const issues: AssetIssue[] = []
  const over = (code: string, message: string) => issues.push(assetIssue(code, `${message} (${category} budget)`))
  if (stats.triangles > budget.maxTriangles) {
    over('BUDGET_TRIANGLES', `${n(stats.triangles)} triangles, more than the ${n(budget.maxTriangles)} allowed: simplify the mesh`)
  }
  if (stats.drawCalls > budget.maxDrawCalls) {
    over('BUDGET_DRAW_CALLS', `${stats.drawCalls} draw calls (mesh primitives drawn), more than the ${budget.maxDrawCalls} allowed: merge meshes that share a material`)
  }
  if (stats.materials > budget.maxMaterials) {
    over('BUDGET_MATERIALS', `${stats.materials} materials, more than the ${budget.maxMaterials} allowed: merge similar materials`)
  }
  if (stats.textures > budget.maxTextures) {
    over('BUDGET_TEXTURES', `${stats.textures} textures, more than the ${budget.maxTextures} allowed: pack them into fewer images`)
  }
  for (const image of stats.images) {
    if (Math.max(image.width, image.height) > budget.maxTextureSizePx) {
      over('BUDGET_TEXTURE_SIZE', `images[${image.index}] is ${image.width}×${image.height} px, larger than ${budget.maxTextureSizePx} px on a side`)
    }
  }
  if (stats.bytes > budget.maxFileBytes) {
    over('BUDGET_FILE_SIZE', `the file is ${formatBytes(stats.bytes)}, more than the ${formatBytes(budget.maxFileBytes)} allowed`)
  }
  return issues
}
