import type { ProductManifest } from '../../core/catalog/types'
import { openStillScene } from '../../render/renderStill'
import type { ReferenceFace } from '../preview/detectReferenceFace'
import { THUMBNAIL_HEIGHT_PX, THUMBNAIL_WIDTH_PX, thumbnailCrop, unitRect, type PixelRect } from './thumbnailCrop'

export interface RenderedThumbnail {
  /** PNG: lossless, so the service's WebP is the only lossy step. */
  image: Blob
  /** The part of the reference photo shown. */
  crop: PixelRect
}

/**
 * The product worn on the reference face as the catalog shows it: the try-on scene drawn off the
 * page (`openStillScene`) with the face's still result, cropped to the face and the product
 * (`thumbnailCrop`), over the same part of the photo. Not mirrored: a catalog picture, so the
 * lettering on a model reads the right way round (the preview mirrors, as shoppers see themselves).
 */
export async function renderThumbnail(face: ReferenceFace, photo: CanvasImageSource, product: ProductManifest): Promise<RenderedThumbnail> {
  const still = await openStillScene({ result: face.result, product, frameAspect: face.width / face.height })
  try {
    const crop = thumbnailCrop({ imageWidth: face.width, imageHeight: face.height, landmarks: face.result.landmarks, product: still.productBounds() })
    const layer = await still.draw(unitRect(crop, face.width, face.height), THUMBNAIL_WIDTH_PX, THUMBNAIL_HEIGHT_PX)
    const canvas = document.createElement('canvas')
    canvas.width = THUMBNAIL_WIDTH_PX
    canvas.height = THUMBNAIL_HEIGHT_PX
    const context = canvas.getContext('2d')!
    context.imageSmoothingQuality = 'high'
    context.drawImage(photo, crop.x, crop.y, crop.width, crop.height, 0, 0, THUMBNAIL_WIDTH_PX, THUMBNAIL_HEIGHT_PX)
    context.drawImage(layer, 0, 0)
    const image = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'))
    if (!image) throw new Error('the browser could not encode the picture as PNG')
    return { image, crop }
  } finally {
    still.close()
  }
}
