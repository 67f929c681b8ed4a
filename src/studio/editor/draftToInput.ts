import type { ProductInput } from '../api/types'
import type { ProductDraft } from './ProductDraft'

/** `"129.90"`, `"129,90"`, `" 129 "` → 129.9; anything else is kept as typed so validation names it. */
export function parseAmount(text: string): number | string {
  const trimmed = text.trim()
  if (/^\d+(?:[.,]\d+)?$/.test(trimmed)) return Number(trimmed.replace(',', '.'))
  return trimmed
}

/** `"round, metal,, Vintage "` → `["round", "metal", "Vintage"]`. */
export function parseTags(text: string): string[] {
  return text.split(',').map((t) => t.trim()).filter((t) => t !== '')
}

/**
 * The body the service takes for a product (`POST` with `assetId`, or `PATCH`): what the brand set,
 * cleaned up. An empty attribution is left out on create and reset (`null`) on update.
 */
export function draftToInput(draft: ProductDraft, mode: 'create' | 'update'): ProductInput {
  const attribution = draft.attribution.trim()
  const input: ProductInput = {
    name: draft.name.trim(),
    category: draft.category,
    price: { amount: parseAmount(draft.priceAmount), currency: draft.currency.trim().toUpperCase() },
    colours: draft.colours.map((c) => ({ name: c.name.trim(), hex: c.hex.toLowerCase() })),
    tags: parseTags(draft.tags),
    units: draft.units,
    anchor: draft.anchor,
    pivotOffset: [...draft.pivotOffset],
    rotationDeg: [...draft.rotationDeg],
    scale: draft.scale,
  }
  if (attribution) input.attribution = attribution
  else if (mode === 'update') input.attribution = null
  return input
}
