import type { ProductManifest } from '../../core/catalog/types'

/** What the thumbnail shows of a product: its model and where and how it sits on the face. */
function placement(m: ProductManifest): string {
  return JSON.stringify([m.asset.sha256 ?? m.asset.url, m.category, m.units, m.anchor, m.pivotOffset, m.rotationDeg, m.scale, m.sizeVariants.map((v) => v.scale)])
}

/**
 * Whether a save must render the thumbnail again: the product has none, or is new (`before`
 * undefined), or the save changed its model or placement, or the last try in this session failed
 * (the catalog may show an older placement). Name, price, tags and colours do not show in it.
 */
export function thumbnailIsStale(before: ProductManifest | undefined, after: ProductManifest, lastTryFailed = false): boolean {
  return lastTryFailed || !after.thumbnail || !before || placement(before) !== placement(after)
}
