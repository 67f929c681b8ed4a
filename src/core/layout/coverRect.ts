/** A rectangle in CSS pixels relative to its container. */
export interface Rect {
  left: number
  top: number
  width: number
  height: number
}

/**
 * The rectangle of a `width/height = aspect` box that covers a container and is centred in it,
 * like CSS `object-fit: cover`. The video and the 3D canvas both take it, so they crop alike.
 */
export function coverRect(containerWidth: number, containerHeight: number, aspect: number): Rect {
  if (!(containerWidth > 0 && containerHeight > 0 && aspect > 0)) return { left: 0, top: 0, width: 0, height: 0 }
  const width = Math.max(containerWidth, containerHeight * aspect)
  const height = width / aspect
  return { left: (containerWidth - width) / 2, top: (containerHeight - height) / 2, width, height }
}
