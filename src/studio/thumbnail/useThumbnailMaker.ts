import { useCallback, useRef, useState } from 'react'
import type { ProductManifest } from '../../core/catalog/types'
import type { StudioApi } from '../api/StudioApi'
import type { ProductView } from '../api/types'
import type { PixelRect } from './thumbnailCrop'
import { thumbnailIsStale } from './thumbnailIsStale'

/** Where the thumbnail's making stands, said in the thumbnail card. */
export type ThumbnailWork =
  | { kind: 'idle' }
  | { kind: 'rendering' | 'uploading' }
  | { kind: 'done'; text: string; /** The part of the reference photo shown. */ crop: PixelRect }
  | { kind: 'failed'; text: string }

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error))

/**
 * Renders a saved product on the reference face and uploads it as its catalog thumbnail.
 * `update` never rejects: a failure is said in `work` (and a refused token reaches `onProblem`),
 * and it resolves with the product as the service has it then.
 */
export function useThumbnailMaker(api: StudioApi, onProblem: (error: unknown) => void) {
  const [work, setWork] = useState<ThumbnailWork>({ kind: 'idle' })
  const failed = useRef(false)

  const update = useCallback(async (product: ProductView): Promise<ProductView> => {
    setWork({ kind: 'rendering' })
    let uploading = false
    try {
      // three.js and the face model load only when a thumbnail is made.
      const { makeThumbnail } = await import('./makeThumbnail')
      const { image, crop } = await makeThumbnail(api, product.manifest)
      setWork({ kind: 'uploading' })
      uploading = true
      const updated = await api.putThumbnail(product.id, image)
      failed.current = false
      setWork({ kind: 'done', text: 'Thumbnail updated: this is the picture of the product in the catalog.', crop })
      return updated
    } catch (error) {
      onProblem(error)
      failed.current = true
      const kept = product.manifest.thumbnail ? 'The catalog keeps the previous thumbnail' : 'The product has no thumbnail yet'
      setWork({ kind: 'failed', text: `The thumbnail could not be ${uploading ? 'uploaded' : 'made'}: ${reason(error)}. ${kept}; press Update thumbnail to try again.` })
      return product
    }
  }, [api, onProblem])

  /** After a save from `before` (undefined: a new product), whether the thumbnail must be made again. */
  const isStale = useCallback((before: ProductManifest | undefined, after: ProductManifest) => thumbnailIsStale(before, after, failed.current), [])

  return { work, update, isStale }
}
