import type { FrameRect } from '../../render/renderStill'

/** A rectangle of the photo in whole pixels (x to the right, y down). */
export interface PixelRect {
  x: number
  y: number
  width: number
  height: number
}

/** Size of the picture sent: the service keeps at most 512 px, and the shopper rail's tiles are 4:3 (64 × 48 px). */
export const THUMBNAIL_WIDTH_PX = 512
export const THUMBNAIL_HEIGHT_PX = 384
/** Width / height of the catalog thumbnail. */
export const THUMBNAIL_ASPECT = THUMBNAIL_WIDTH_PX / THUMBNAIL_HEIGHT_PX
/** Space left around the face and the product, as a share of the larger side of what must show. */
export const THUMBNAIL_MARGIN = 0.12

export interface ThumbnailCropInput {
  imageWidth: number
  imageHeight: number
  /** The face's landmarks, flat x, y, z, x and y in 0-1 of the photo (MediaPipe's normalised image coordinates). */
  landmarks: ArrayLike<number>
  /** Where the product lands in the photo, 0-1 (its projected bounding box); may reach past the edges. */
  product?: FrameRect | undefined
  /** Width / height of the crop. Default {@link THUMBNAIL_ASPECT}. */
  aspect?: number
  /** Default {@link THUMBNAIL_MARGIN}. */
  margin?: number
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value))

/**
 * The part of the reference photo the thumbnail shows: the smallest rectangle of `aspect` that
 * holds the whole face (every landmark) and the whole product with `margin` around them, centred
 * on them and kept inside the photo (shrunk, aspect kept, when the photo is too small for it).
 * Without landmarks it is the photo's centre.
 */
export function thumbnailCrop({ imageWidth: W, imageHeight: H, landmarks, product, aspect = THUMBNAIL_ASPECT, margin = THUMBNAIL_MARGIN }: ThumbnailCropInput): PixelRect {
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity
  const include = (x: number, y: number) => {
    if (!Number.isFinite(x) || !Number.isFinite(y)) return
    minX = Math.min(minX, x); maxX = Math.max(maxX, x); minY = Math.min(minY, y); maxY = Math.max(maxY, y)
  }
  for (let i = 0; i + 1 < landmarks.length; i += 3) include(clamp(landmarks[i]!, 0, 1) * W, clamp(landmarks[i + 1]!, 0, 1) * H)
  const hasFace = minX <= maxX
  if (product && hasFace) {
    // Only the part inside the photo counts: a product far off the face cannot widen the crop past it.
    include(clamp(product.x, 0, 1) * W, clamp(product.y, 0, 1) * H)
    include(clamp(product.x + product.width, 0, 1) * W, clamp(product.y + product.height, 0, 1) * H)
  }
  if (!hasFace) {
    minX = 0; maxX = W; minY = 0; maxY = H
  }

  const pad = margin * Math.max(maxX - minX, maxY - minY)
  let width = maxX - minX + 2 * pad
  let height = maxY - minY + 2 * pad
  if (width / height < aspect) width = height * aspect
  else height = width / aspect
  const fit = Math.min(1, W / width, H / height)
  width = Math.min(W, Math.round(width * fit))
  height = Math.min(H, Math.round(height * fit))
  const x = Math.round(clamp((minX + maxX) / 2 - width / 2, 0, W - width))
  const y = Math.round(clamp((minY + maxY) / 2 - height / 2, 0, H - height))
  return { x, y, width, height }
}

/** The crop in 0-1 of the photo (what the 3D camera's view offset takes). */
export function unitRect(rect: PixelRect, imageWidth: number, imageHeight: number): FrameRect {
  return { x: rect.x / imageWidth, y: rect.y / imageHeight, width: rect.width / imageWidth, height: rect.height / imageHeight }
}
