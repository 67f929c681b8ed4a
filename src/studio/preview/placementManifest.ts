import type { ProductManifest, SizeVariant } from '../../core/catalog/types'
import type { ProductDraft } from '../editor/ProductDraft'

const PREVIEW_SIZES: SizeVariant[] = [{ id: 'M', label: 'Medium', scale: 1 }]

/**
 * What the renderer needs to draw a draft: its placement (anchor, units, pivot, rotation, scale)
 * and its model, whatever the state of the rest of the form (a half-typed price must not blank
 * the preview). `url` is the in-memory copy of the stored file, `sha256` what it must hash to.
 */
export function placementManifest(draft: ProductDraft, model: { url: string; sha256: string }, id = 'studio-preview'): ProductManifest {
  return {
    id,
    name: draft.name || 'Preview',
    brand: 'Studio',
    category: draft.category,
    price: { amount: 0, currency: 'EUR' },
    colours: draft.colours.length > 0 ? draft.colours : [{ name: 'Default', hex: '#808080' }],
    tags: [],
    asset: { url: model.url, sha256: model.sha256 },
    units: draft.units,
    anchor: draft.anchor,
    pivotOffset: draft.pivotOffset,
    rotationDeg: draft.rotationDeg,
    scale: draft.scale > 0 ? draft.scale : 1,
    sizeVariants: PREVIEW_SIZES,
  }
}
