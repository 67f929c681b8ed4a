import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { Vec3 } from '../../core/catalog/types'
import type { StudioApi } from '../api/StudioApi'
import type { AssetView, ProductView } from '../api/types'
import { AssetReportView } from '../report/AssetReportView'
import { pivotForAnchorMove } from '../preview/pivotForAnchorMove'
import { placementManifest } from '../preview/placementManifest'
import { ThumbnailCard } from '../thumbnail/ThumbnailCard'
import { useThumbnailMaker } from '../thumbnail/useThumbnailMaker'
import { draftFromAsset } from './draftFromAsset'
import { draftFromManifest } from './draftFromManifest'
import { EditorActions } from './EditorActions'
import { MetadataForm } from './MetadataForm'
import { PlacementControls } from './PlacementControls'
import type { DraftPatch, ProductDraft } from './ProductDraft'
import { useEditorActions, type ActionMessage } from './useEditorActions'
import { useModelUrl } from './useModelUrl'
import { validateDraft } from './validateDraft'
import { visibleIssues } from './visibleIssues'

// three.js and the scene load only once a product is opened.
const PreviewPanel = lazy(() => import('../preview/PreviewPanel').then((m) => ({ default: m.PreviewPanel })))

export interface ProductEditorProps {
  api: StudioApi
  /** A freshly uploaded model (new product), or… */
  asset?: AssetView
  /** …a product the brand has. */
  product?: ProductView
  /** File name of the upload, for the first name suggestion. */
  fileName?: string
  /** Said when the editor opens (the outcome of the action that opened it). */
  initialMessage?: ActionMessage | undefined
  /** Told whether there are unsaved edits (a new product always has until its first save). */
  onDirtyChange?: (dirty: boolean) => void
  onProblem: (error: unknown) => void
  onSaved: (product: ProductView, message: ActionMessage) => void
  /** The product changed without an action message (its thumbnail was made again). */
  onChanged: (product: ProductView) => void
  onDeleted: (id: string) => void
}

const same = (a: ProductDraft, b: ProductDraft) => JSON.stringify(a) === JSON.stringify(b)

/** One product: its report, its 3D preview with the placement handles, its details, and its actions. */
export function ProductEditor({ api, asset: uploaded, product, fileName, initialMessage, onDirtyChange, onProblem, onSaved, onChanged, onDeleted }: ProductEditorProps) {
  const [asset, setAsset] = useState<AssetView | undefined>(uploaded)
  const [assetError, setAssetError] = useState<string | undefined>()
  // Opened by an action, or a new product just saved (its buttons change): focus goes to the title.
  const title = useRef<HTMLHeadingElement>(null)
  const openedByAction = useRef(initialMessage !== undefined)
  const productId = product?.id
  const hadProduct = useRef(productId !== undefined)
  useEffect(() => {
    if (openedByAction.current || (productId !== undefined && !hadProduct.current)) title.current?.focus()
    openedByAction.current = false
    hadProduct.current = productId !== undefined
  }, [productId])
  const [saved, setSaved] = useState<ProductDraft>(() => (product ? draftFromManifest(product.manifest) : draftFromAsset(uploaded!, fileName)))
  const [draft, setDraft] = useState(saved)
  const dirty = !product || !same(draft, saved)
  useEffect(() => onDirtyChange?.(dirty), [dirty, onDirtyChange])
  useEffect(() => () => onDirtyChange?.(false), [onDirtyChange])

  // A product saved by this editor (or anywhere) comes back normalised with a new updatedAt: it
  // becomes the baseline. A mere list refresh (same updatedAt), or a change the form does not show
  // (a new thumbnail), keeps unsaved edits.
  const manifest = product?.manifest
  useEffect(() => {
    if (!manifest) return
    const next = draftFromManifest(manifest)
    if (same(next, saved)) return
    setSaved(next)
    setDraft(next)
  }, [product?.id, product?.updatedAt])

  const assetId = product?.assetId
  const heldAssetId = asset?.id
  useEffect(() => {
    if (!assetId || heldAssetId === assetId) return
    let live = true
    api.getAsset(assetId).then(
      (a) => live && setAsset(a),
      (error: unknown) => {
        onProblem(error)
        if (live) setAssetError(error instanceof Error ? error.message : String(error))
      },
    )
    return () => {
      live = false
    }
  }, [api, assetId, heldAssetId, onProblem])

  const check = useMemo(() => validateDraft(draft, asset?.report, product?.manifest.sizeVariants), [draft, asset, product?.manifest.sizeVariants])
  const thumbnail = useThumbnailMaker(api, onProblem)
  const actions = useEditorActions({ api, asset, product, draft, dirty, localErrors: check.errors.length, onSaved, onDeleted, onProblem, thumbnail })
  const thumbnailWorking = thumbnail.work.kind === 'rendering' || thumbnail.work.kind === 'uploading'
  const updateThumbnail = () => {
    if (product) void thumbnail.update(product).then((p) => p !== product && onChanged(p))
  }
  const model = useModelUrl(api, asset, onProblem)
  const preview = useMemo(() => (model.url && asset ? placementManifest(draft, { url: model.url, sha256: asset.sha256 }, product?.slug) : undefined), [model.url, asset, draft, product?.slug])

  const [touched, setTouched] = useState<ReadonlySet<keyof ProductDraft>>(new Set())
  const [attempted, setAttempted] = useState(false)
  const change = (patch: DraftPatch) => {
    setDraft((d) => ({ ...d, ...(typeof patch === 'function' ? patch(d) : patch) }))
    // The fields a patch sets do not depend on the draft it is given.
    const fields = Object.keys(typeof patch === 'function' ? patch(draft) : patch) as (keyof ProductDraft)[]
    setTouched((t) => (fields.every((f) => t.has(f)) ? t : new Set([...t, ...fields])))
  }
  const attempt = (action: () => Promise<void>) => () => {
    setAttempted(true)
    void action()
  }
  const move = useCallback((deltaCm: Vec3) => setDraft((d) => ({ ...d, pivotOffset: pivotForAnchorMove({ id: 'move', units: d.units, scale: d.scale, rotationDeg: d.rotationDeg, pivotOffset: d.pivotOffset, sizeVariants: [{ id: 'M', label: 'M', scale: 1 }] }, deltaCm) })), [])
  const stats = asset?.report.stats.optimised ?? asset?.report.stats.original
  const issues = actions.serverIssues.length > 0 ? actions.serverIssues : visibleIssues(check.errors, touched, attempted || product !== undefined)

  return (
    <article className="editor" aria-label={product ? `Editing ${product.manifest.name}` : 'New product'}>
      <h1 className="editor__title" ref={title} tabIndex={-1}>{product ? product.manifest.name : 'New product'}</h1>
      {assetError && <p className="message message--error" role="alert">The model's report could not be loaded: {assetError}.</p>}
      {!product && asset && <AssetReportView report={asset.report} fileLabel={fileName} />}
      <div className="editor__grid">
        <div className="editor__col">
          <Suspense fallback={<p className="card" role="status">Loading the 3D preview…</p>}>
            <PreviewPanel product={preview} modelError={model.error} onMove={move} />
          </Suspense>
          <PlacementControls
            draft={draft}
            bounds={stats?.bounds ?? null}
            widthMm={check.fit?.widthMm ?? null}
            expectedWidthMm={check.fit?.expectedWidthMm ?? null}
            warnings={check.warnings}
            onChange={change}
            onReset={product ? () => change({ pivotOffset: saved.pivotOffset, rotationDeg: saved.rotationDeg, scale: saved.scale, units: saved.units, anchor: saved.anchor }) : undefined}
          />
        </div>
        <div className="editor__col">
          <MetadataForm draft={draft} variants={asset?.report.variants ?? []} issues={issues} onChange={change} />
          <EditorActions
            product={product}
            dirty={dirty}
            busy={actions.busy ?? (thumbnailWorking ? 'Making the catalog thumbnail…' : undefined)}
            message={actions.message ?? initialMessage}
            onSave={attempt(actions.save)}
            onPublish={attempt(actions.publish)}
            onUnpublish={() => void actions.unpublish()}
            onDelete={() => void actions.remove()}
          />
          <ThumbnailCard api={api} product={product} work={thumbnail.work} disabled={actions.busy !== undefined} dirty={dirty} onUpdate={updateThumbnail} />
          {product && asset && (
            <details className="card">
              <summary>Model report</summary>
              <AssetReportView report={asset.report} />
            </details>
          )}
        </div>
      </div>
    </article>
  )
}
