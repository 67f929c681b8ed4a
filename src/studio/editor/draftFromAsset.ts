import type { Colour } from '../../core/catalog/types'
import type { AssetView } from '../api/types'
import { CATEGORY_ANCHOR, DEFAULT_CURRENCY, type ProductDraft } from './ProductDraft'

/** Swatch for a model that reports no base colour at all. */
const NEUTRAL_HEX = '#808080'

/** `"SunglassesKhronos.glb"` → `"Sunglasses Khronos"`; `"round_gold-v2.glb"` → `"Round gold v2"`. */
export function nameFromFileName(fileName: string): string {
  const base = fileName.replace(/\.[^.]*$/, '').replace(/[_-]+/g, ' ').replace(/([a-z])([A-Z])/g, '$1 $2').trim()
  return base ? base.charAt(0).toUpperCase() + base.slice(1) : ''
}

/**
 * The first draft of a product made from a freshly uploaded model: its colours are the model's
 * colour variants (KHR_materials_variants) when it has some, else its main material's colour;
 * placement starts at the model's own origin, unrotated, at real size.
 */
export function draftFromAsset(asset: AssetView, fileName = ''): ProductDraft {
  const stats = asset.report.stats.optimised ?? asset.report.stats.original
  const colours: Colour[] = asset.report.variants.length > 0
    ? asset.report.variants.map((v) => ({ name: v.name, hex: v.hex ?? stats?.primaryHex ?? NEUTRAL_HEX }))
    : [{ name: 'Default', hex: stats?.primaryHex ?? NEUTRAL_HEX }]
  return {
    name: nameFromFileName(fileName),
    category: asset.category,
    priceAmount: '',
    currency: DEFAULT_CURRENCY,
    colours,
    tags: '',
    attribution: '',
    units: 'm',
    anchor: CATEGORY_ANCHOR[asset.category],
    pivotOffset: [0, 0, 0],
    rotationDeg: [0, 0, 0],
    scale: 1,
  }
}
