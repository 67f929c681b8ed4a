import type { AnchorName } from '../../core/face/types'
import type { Colour, ModelUnits, ProductCategory, Vec3 } from '../../core/catalog/types'

/**
 * What the studio's form edits: the fields a brand sets, as typed (the price as text until it is
 * sent, tags as one comma-separated line). The service derives the rest (id, brand, asset URL).
 */
export interface ProductDraft {
  name: string
  category: ProductCategory
  /** As typed, e.g. `"129.90"` or `"129,90"`. */
  priceAmount: string
  /** ISO 4217, e.g. `"EUR"`. */
  currency: string
  colours: Colour[]
  /** Comma-separated, e.g. `"round, metal"`. */
  tags: string
  /** Licence credit; empty for none. */
  attribution: string
  units: ModelUnits
  anchor: AnchorName
  /** Model units. */
  pivotOffset: Vec3
  rotationDeg: Vec3
  scale: number
}

/** A change to a draft: the fields to set, or a function of the newest draft giving them. */
export type DraftPatch = Partial<ProductDraft> | ((draft: ProductDraft) => Partial<ProductDraft>)

/** The anchor each category sits on unless the brand says otherwise (as the service defaults it). */
export const CATEGORY_ANCHOR: Readonly<Record<ProductCategory, AnchorName>> = {
  glasses: 'noseBridge',
  hat: 'forehead',
  earrings: 'leftEarLobe',
  makeup: 'lips',
}

/** Currency a new product starts with. */
export const DEFAULT_CURRENCY = 'EUR'
