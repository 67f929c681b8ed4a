/** The lens outlines the attract screen can draw. */
export type LensShape = 'round' | 'aviator' | 'cat-eye' | 'browline' | 'square' | 'rectangle'

const BY_TAG: readonly [string, LensShape][] = [
  ['round', 'round'], ['aviator', 'aviator'], ['cat-eye', 'cat-eye'], ['browline', 'browline'], ['square', 'square'],
]

/** The outline that best fits a product's style tags; rectangular frames are the default. */
export function lensShape(tags: readonly string[]): LensShape {
  for (const [tag, shape] of BY_TAG) if (tags.includes(tag)) return shape
  return 'rectangle'
}
