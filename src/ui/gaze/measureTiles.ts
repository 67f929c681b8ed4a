import type { DwellTile } from '../../core/signals/dwellTypes'

/** The visible product tiles matching `selector`, in viewport-normalised coordinates (0..1). */
export function measureTiles(selector: string): DwellTile[] {
  const width = window.innerWidth
  const height = window.innerHeight
  const tiles: DwellTile[] = []
  for (const element of document.querySelectorAll<HTMLElement>(selector)) {
    const id = element.dataset.productId
    const rect = element.getBoundingClientRect()
    if (!id || rect.width === 0 || rect.height === 0) continue
    tiles.push({ id, left: rect.left / width, top: rect.top / height, width: rect.width / width, height: rect.height / height })
  }
  return tiles
}
