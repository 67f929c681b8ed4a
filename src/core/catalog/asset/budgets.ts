import type { ProductCategory } from '../types'
import type { CategoryBudget } from './types'

const MB = 1_000_000

/**
 * What an optimised asset of each category may cost the shopper's device. Glasses sit on a face
 * next to a live camera image on mid-range phones, so they stay small; hats cover more of the
 * frame and get more. Earrings are tiny on screen; makeup assets are mostly textures.
 */
export const ASSET_BUDGETS: Readonly<Record<ProductCategory, CategoryBudget>> = {
  glasses: { maxTriangles: 40_000, maxDrawCalls: 12, maxMaterials: 8, maxTextures: 4, maxTextureSizePx: 1024, maxFileBytes: 2 * MB },
  earrings: { maxTriangles: 20_000, maxDrawCalls: 6, maxMaterials: 4, maxTextures: 2, maxTextureSizePx: 512, maxFileBytes: 1 * MB },
  hat: { maxTriangles: 100_000, maxDrawCalls: 16, maxMaterials: 8, maxTextures: 8, maxTextureSizePx: 2048, maxFileBytes: 8 * MB },
  makeup: { maxTriangles: 10_000, maxDrawCalls: 4, maxMaterials: 4, maxTextures: 4, maxTextureSizePx: 1024, maxFileBytes: 2 * MB },
}

/**
 * Real width a product of each category should have on the face, millimetres, or null when size
 * is not a property of the category. Glasses: the frame front of an adult pair is 120-150 mm.
 */
export const EXPECTED_WIDTH_MM: Readonly<Record<ProductCategory, readonly [number, number] | null>> = {
  glasses: [120, 150],
  earrings: [5, 80],
  hat: [160, 420],
  makeup: null,
}
