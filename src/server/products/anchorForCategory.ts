import type { AnchorName } from '../../core/face/types'
import type { ProductCategory } from '../../core/catalog/types'

/** The anchor a product of each category sits on when the brand does not say. */
export const DEFAULT_ANCHOR: Readonly<Record<ProductCategory, AnchorName>> = {
  glasses: 'noseBridge',
  hat: 'forehead',
  earrings: 'leftEarLobe',
  makeup: 'lips',
}
