import { useCallback, useMemo, useRef, useState } from 'react'
import type { ProductManifest, Vec3 } from '../../core/catalog/types'
import type { RendererBackend } from '../../render/createRenderer'
import { createRenderStats } from '../../render/renderStats'
import { TryOnCanvas } from '../../render/TryOnCanvas'
import { REFERENCE_FACE_URL } from './detectReferenceFace'
import { cmPerPixel, useMoveHandle } from './useMoveHandle'
import { useReferenceFace } from './useReferenceFace'

export interface ReferenceFaceStageProps {
  /** The product as placed now; undefined while its model file is being fetched. */
  product: ProductManifest | undefined
  /** Draw the magenta dot where the anchor (and so the pivot) is. */
  showPivot: boolean
  onMove: (deltaCm: Vec3) => void
  onProductError: (error: Error) => void
}

const noSubscription = () => () => undefined
/** Magnification of the close-up: the portrait's face then fills the preview. */
export const CLOSE_UP_ZOOM = 2.2

/** Left/top of a box `zoom` times the view, in % of the view, that centres `centre` (0-1 of the box) without showing past its edges. */
const offset = (centre: number, zoom: number) => Math.min(0, Math.max(100 - zoom * 100, 50 - centre * zoom * 100))

/**
 * The product on the reference photo, drawn by the shopper app's own scene (TryOnCanvas,
 * FaceAnchor, ProductModel, head occluder) over the photo, mirrored as shoppers see themselves.
 * The product can be dragged, or moved with the arrow keys, to set its pivot.
 */
export function ReferenceFaceStage({ product, showPivot, onMove, onProductError }: ReferenceFaceStageProps) {
  const face = useReferenceFace()
  const [closeUp, setCloseUp] = useState(true)
  const box = useRef<HTMLDivElement>(null)
  const stats = useMemo(createRenderStats, [])
  const [backend, setBackend] = useState<RendererBackend | undefined>()
  const anchor = product?.anchor ?? 'noseBridge'
  const result = face.status === 'ready' ? face.face.result : undefined
  const handle = useMoveHandle(box, result, anchor, onMove)
  const onReady = useCallback((b: RendererBackend) => setBackend(b), [])
  const aspect = face.status === 'ready' ? `${face.face.width} / ${face.face.height}` : '1 / 1'
  const pxPerCm = result && box.current ? 1 / cmPerPixel(result, anchor, box.current.clientHeight) : undefined
  // The close-up centres the anchor (mirrored: the photo's u shows at 1 - u).
  const zoom = closeUp && result ? CLOSE_UP_ZOOM : 1
  const uv = result?.anchors[anchor].uv
  const boxStyle = { width: `${zoom * 100}%`, height: `${zoom * 100}%`, left: `${offset(1 - (uv?.[0] ?? 0.5), zoom)}%`, top: `${offset(uv?.[1] ?? 0.5, zoom)}%` }

  return (
    <div className="ref-preview">
      <div
        className="ref-stage"
        style={{ aspectRatio: aspect }}
        tabIndex={0}
        role="application"
        aria-roledescription="adjustable preview"
        aria-label={`${product?.name ?? 'The product'} on the reference face. Drag it, or press the arrow keys (Shift for bigger steps), to move its pivot.`}
        data-renderer={backend}
        data-face={face.status}
        data-px-per-cm={pxPerCm && Number.isFinite(pxPerCm) ? pxPerCm.toFixed(3) : undefined}
        {...handle}
      >
        <div ref={box} className="ref-stage__box" style={boxStyle}>
          <img className="ref-stage__photo" src={REFERENCE_FACE_URL} alt="" draggable={false} />
          {result && (
            <TryOnCanvas result={result} subscribe={noSubscription} product={product} stats={stats} probe={showPivot} onReady={onReady} onProductError={onProductError} />
          )}
        </div>
        {face.status !== 'ready' && (
          <div className="ref-stage__status" role={face.status === 'failed' ? 'alert' : 'status'}>
            {face.status === 'detecting' ? (
              <p>Finding the face in the reference photo with the face model (the first time takes a few seconds)…</p>
            ) : (
              <>
                <p>The reference face could not be prepared: {face.error}.</p>
                <button type="button" className="button button--primary" onClick={face.retry}>Try again</button>
              </>
            )}
          </div>
        )}
      </div>
      <label className="check">
        <input type="checkbox" checked={closeUp} onChange={(e) => setCloseUp(e.target.checked)} /> Close-up on the face
      </label>
      <p className="hint">
        Reference photo: astronaut Eileen Collins (NASA, public domain), shown mirrored as shoppers see themselves.
        {backend && ` Drawn with ${backend}.`}
      </p>
    </div>
  )
}
