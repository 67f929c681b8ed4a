import { formatBytes } from '../../core/catalog/asset/assetIssue'
import type { CategoryBudget } from '../../core/catalog/asset/types'

const n = (value: number) => value.toLocaleString('en-US')

/** A category's budget in one line: `"40,000 triangles, 12 draw calls, … 2.0 MB"`. */
export function describeBudget(b: CategoryBudget): string {
  return `at most ${n(b.maxTriangles)} triangles, ${b.maxDrawCalls} draw calls, ${b.maxMaterials} materials, ${b.maxTextures} textures of up to ${b.maxTextureSizePx} px, ${formatBytes(b.maxFileBytes)}`
}
