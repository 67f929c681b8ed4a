import { assetIssue } from './assetIssue'
import type { Colour } from '../types'
import type { AssetIssue, MaterialVariant } from './types'

/** A manifest colour and the KHR_materials_variants variant it selects, or null. */
export interface ColourVariantMatch {
  colour: string
  variant: string | null
}

const key = (name: string) => name.trim().toLowerCase()

/**
 * Maps each manifest colour to the asset's variant of the same name (case and surrounding spaces
 * ignored). When the asset has variants, a colour without one is a warning: the shopper would pick
 * it and see no change.
 */
export function matchColoursToVariants(colours: readonly Colour[], variants: readonly MaterialVariant[]): { matches: ColourVariantMatch[]; issues: AssetIssue[] } {
  const byName = new Map(variants.map((v) => [key(v.name), v.name]))
  const matches = colours.map((c) => ({ colour: c.name, variant: byName.get(key(c.name)) ?? null }))
  const issues = variants.length === 0 ? [] : matches.flatMap((m, i) => (m.variant !== null ? [] : [
    assetIssue('VARIANT_UNMATCHED', `colours[${i}] "${m.colour}" matches none of the model's colour variants (${variants.map((v) => `"${v.name}"`).join(', ')}): name it like its variant`, undefined, 'warning'),
  ]))
  return { matches, issues }
}
