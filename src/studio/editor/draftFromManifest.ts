import type { ProductManifest } from '../../core/catalog/types'
import type { ProductDraft } from './ProductDraft'

/** Cents as shoppers read them (189.9 → "189.90"); whole amounts and finer ones as they are. */
const formatAmount = (amount: number) => (Number.isInteger(amount) || Number(amount.toFixed(2)) !== amount ? String(amount) : amount.toFixed(2))

/** The form's values for a product the service already has. */
export function draftFromManifest(m: ProductManifest): ProductDraft {
  return {
    name: m.name,
    category: m.category,
    priceAmount: formatAmount(m.price.amount),
    currency: m.price.currency,
    colours: m.colours.map((c) => ({ ...c })),
    tags: m.tags.join(', '),
    attribution: m.attribution ?? '',
    units: m.units,
    anchor: m.anchor,
    pivotOffset: [...m.pivotOffset],
    rotationDeg: [...m.rotationDeg],
    scale: m.scale,
  }
}
