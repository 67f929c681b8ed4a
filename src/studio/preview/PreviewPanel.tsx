import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react'
import type { ProductManifest, Vec3 } from '../../core/catalog/types'
import { CameraStage } from './CameraStage'
import { ReferenceFaceStage } from './ReferenceFaceStage'

export interface PreviewPanelProps {
  /** The product as placed now; undefined while its model is fetched. */
  product: ProductManifest | undefined
  /** Why the model cannot be shown, if it cannot. */
  modelError?: string | undefined
  onMove: (deltaCm: Vec3) => void
}

type Tab = 'face' | 'camera'
const TABS: { id: Tab; label: string }[] = [{ id: 'face', label: 'Reference face' }, { id: 'camera', label: 'Live camera' }]

/**
 * The 3D preview of the product being edited, on the reference face or on the live camera
 * (tabs: arrow keys switch). Placement changes show at once in both.
 */
export function PreviewPanel({ product, modelError, onMove }: PreviewPanelProps) {
  const id = useId()
  const [tab, setTab] = useState<Tab>('face')
  const [showPivot, setShowPivot] = useState(true)
  const [renderError, setRenderError] = useState<string | undefined>()
  const tabs = useRef<(HTMLButtonElement | null)[]>([])
  useEffect(() => setRenderError(undefined), [product?.asset.url])

  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: TABS.length - 1 }[event.key]
    if (next === undefined) return
    event.preventDefault()
    const wrapped = (next + TABS.length) % TABS.length
    setTab(TABS[wrapped]!.id)
    tabs.current[wrapped]?.focus()
  }
  const onProductError = (error: Error) => setRenderError(error.message)
  const error = modelError ?? renderError

  return (
    <section className="card preview" aria-labelledby={`${id}-title`}>
      <div className="preview__head">
        <h2 id={`${id}-title`}>Preview</h2>
        <div role="tablist" aria-label="Preview on" className="tabs">
          {TABS.map((t, i) => (
            <button key={t.id} ref={(el) => { tabs.current[i] = el }} type="button" role="tab" id={`${id}-${t.id}`} aria-controls={`${id}-panel`}
              aria-selected={tab === t.id} tabIndex={tab === t.id ? 0 : -1} className="tab" onClick={() => setTab(t.id)} onKeyDown={(e) => onKeyDown(e, i)}>
              {t.label}
            </button>
          ))}
        </div>
        <label className="check">
          <input type="checkbox" checked={showPivot} onChange={(e) => setShowPivot(e.target.checked)} /> Show the anchor point
        </label>
      </div>
      <div role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-${tab}`}>
        {error && <p className="message message--error" role="alert">The model cannot be shown: {error}</p>}
        {!product && !error && <p className="hint" role="status">Fetching the stored model…</p>}
        {tab === 'face'
          ? <ReferenceFaceStage product={product} showPivot={showPivot} onMove={onMove} onProductError={onProductError} />
          : <CameraStage product={product} showPivot={showPivot} onProductError={onProductError} />}
      </div>
    </section>
  )
}
