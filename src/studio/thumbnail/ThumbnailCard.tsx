import { useId } from 'react'
import type { StudioApi } from '../api/StudioApi'
import type { ProductView } from '../api/types'
import { THUMBNAIL_HEIGHT_PX, THUMBNAIL_WIDTH_PX } from './thumbnailCrop'
import type { ThumbnailWork } from './useThumbnailMaker'
import { useThumbnailUrl } from './useThumbnailUrl'

export interface ThumbnailCardProps {
  api: StudioApi
  /** The product as saved; undefined before its first save. */
  product: ProductView | undefined
  work: ThumbnailWork
  /** Another action runs (saving, publishing…). */
  disabled: boolean
  /** The form has unsaved changes (the thumbnail shows the saved placement). */
  dirty: boolean
  onUpdate: () => void
}

/** The picture the catalog shows for the product, as the service stored it, and how to make it again. */
export function ThumbnailCard({ api, product, work, disabled, dirty, onUpdate }: ThumbnailCardProps) {
  const id = useId()
  const thumbnail = product?.manifest.thumbnail
  const stored = useThumbnailUrl(api, thumbnail)
  const working = work.kind === 'rendering' || work.kind === 'uploading'
  const blocked = disabled || working
  const empty = !product ? 'Made when you save: the product worn on the reference face.'
    : !thumbnail ? 'No thumbnail yet: shoppers see the product without a picture.'
      : stored.error ? undefined : 'Loading the thumbnail…'
  return (
    <section
      className="card thumbnail"
      aria-labelledby={`${id}-title`}
      data-crop={work.kind === 'done' ? [work.crop.x, work.crop.y, work.crop.width, work.crop.height].join(' ') : undefined}
    >
      <h2 id={`${id}-title`}>Catalog thumbnail</h2>
      <div className="thumbnail__frame" style={{ aspectRatio: `${THUMBNAIL_WIDTH_PX} / ${THUMBNAIL_HEIGHT_PX}` }}>
        {stored.url && product
          ? <img className="thumbnail__image" src={stored.url} alt={`${product.manifest.name} worn on the reference face: the catalog's thumbnail`} width={THUMBNAIL_WIDTH_PX} height={THUMBNAIL_HEIGHT_PX} />
          : empty && <p className="hint">{empty}</p>}
      </div>
      <p className="hint">
        The saved placement on the reference face, cropped to the face ({THUMBNAIL_WIDTH_PX} × {THUMBNAIL_HEIGHT_PX} px, not mirrored).
        Saving or publishing a new placement makes it again.
      </p>
      {product && (
        <div className="thumbnail__actions">
          {/* aria-disabled, not disabled: a keyboard user who pressed it keeps focus on it meanwhile. */}
          <button type="button" className="button" aria-disabled={blocked} onClick={() => !blocked && onUpdate()}>Update thumbnail</button>
          {dirty && <span className="hint">It shows the saved placement: save to put your changes in it.</span>}
        </div>
      )}
      <div aria-live="polite">
        {working && <p className="hint" role="status">{work.kind === 'rendering' ? 'Rendering the product on the reference face…' : 'Uploading the thumbnail…'}</p>}
        {work.kind === 'done' && <p className="message message--ok" role="status">{work.text}</p>}
        {work.kind === 'failed' && <p className="message message--error" role="alert">{work.text}</p>}
        {stored.error && <p className="message message--error" role="alert">The stored thumbnail could not be shown: {stored.error}.</p>}
      </div>
    </section>
  )
}
