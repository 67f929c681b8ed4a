import { useCallback, useEffect, useRef, useState } from 'react'
import { ApiProblem } from './api/ApiProblem'
import type { StudioApi } from './api/StudioApi'
import type { AssetView, ProductView } from './api/types'
import { ProductEditor } from './editor/ProductEditor'
import type { ActionMessage } from './editor/useEditorActions'
import { ProductList } from './products/ProductList'
import { UploadPanel } from './upload/UploadPanel'

export interface WorkspaceProps {
  api: StudioApi
  initialProducts: ProductView[]
  onSignOut: () => void
  /** The service refused the token mid-session (rotated or revoked). */
  onTokenRefused: () => void
}

/**
 * What the work area shows. `editorKey` keeps a new product's editor (and its 3D preview) mounted
 * once it is saved: the product it becomes is still the same work.
 */
type Selection = { kind: 'new'; asset?: AssetView; fileName?: string } | { kind: 'product'; id: string; editorKey?: string }

const newEditorKey = (asset: AssetView) => `new:${asset.id}`

/**
 * The signed-in studio: the brand's products on the left, and on the right either the upload of
 * a new model (then its first draft) or the selected product's editor.
 */
export function Workspace({ api, initialProducts, onSignOut, onTokenRefused }: WorkspaceProps) {
  const [products, setProducts] = useState(initialProducts)
  const [listError, setListError] = useState<string | undefined>()
  /** The outcome of the action that opened a product's editor (a new product's first save). */
  const [flash, setFlash] = useState<{ id: string; message: ActionMessage } | undefined>()
  const [selection, setSelection] = useState<Selection>(() => (initialProducts[0] ? { kind: 'product', id: initialProducts[0].id } : { kind: 'new' }))
  const brandName = products[0]?.manifest.brand

  /** Every failed call goes through here: a refused token signs out, the rest is the caller's to show. */
  const onProblem = useCallback((error: unknown) => {
    if (error instanceof ApiProblem && error.unauthorised) onTokenRefused()
  }, [onTokenRefused])

  const refresh = useCallback(async () => {
    try {
      setProducts(await api.listProducts())
      setListError(undefined)
    } catch (error) {
      onProblem(error)
      setListError(`The product list could not be refreshed: ${error instanceof Error ? error.message : String(error)}.`)
    }
  }, [api, onProblem])

  /** A product was created or changed: show it at once, then refresh the list from the service. */
  const onSaved = useCallback((product: ProductView, message: ActionMessage) => {
    setFlash({ id: product.id, message })
    setProducts((list) => (list.some((p) => p.id === product.id) ? list.map((p) => (p.id === product.id ? product : p)) : [...list, product]))
    setSelection((current) => ({
      kind: 'product', id: product.id,
      editorKey: current.kind === 'new' && current.asset ? newEditorKey(current.asset) : current.kind === 'product' ? current.editorKey : undefined,
    }))
    void refresh()
  }, [refresh])

  /** A product changed with nothing to say (its new thumbnail): show it, then refresh the list. */
  const onChanged = useCallback((product: ProductView) => {
    setProducts((list) => list.map((p) => (p.id === product.id ? product : p)))
    void refresh()
  }, [refresh])

  const onDeleted = useCallback((id: string) => {
    setProducts((list) => list.filter((p) => p.id !== id))
    setSelection({ kind: 'new' })
    void refresh()
  }, [refresh])

  // Unsaved edits are not dropped silently: leaving the product or the page asks first.
  const dirty = useRef(false)
  const onDirtyChange = useCallback((value: boolean) => { dirty.current = value }, [])
  const mayLeave = () => !dirty.current || window.confirm('Leave this product? Its unsaved changes will be lost.')
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => { if (dirty.current) event.preventDefault() }
    window.addEventListener('beforeunload', warn)
    return () => window.removeEventListener('beforeunload', warn)
  }, [])
  const select = (next: Selection) => {
    if (!mayLeave()) return
    dirty.current = false
    setFlash(undefined)
    setSelection(next)
  }

  const selected = selection.kind === 'product' ? products.find((p) => p.id === selection.id) : undefined
  return (
    <div className="studio">
      <header className="studio__header">
        <p className="studio__title">
          Vitrine Studio{brandName && <span className="studio__brand"> · {brandName}</span>}
        </p>
        <a className="studio__link" href="/" target="_blank" rel="noopener">Open the shopper app</a>
        <button type="button" className="button button--quiet" onClick={() => mayLeave() && onSignOut()}>Sign out</button>
      </header>
      <ProductList
        api={api}
        products={products}
        selectedId={selected?.id}
        error={listError}
        onSelect={(id) => select({ kind: 'product', id })}
        onAdd={() => select({ kind: 'new' })}
        adding={selection.kind === 'new'}
      />
      <main className="studio__main" aria-label="Product work area">
        {selection.kind === 'new' && !selection.asset && (
          <UploadPanel api={api} onProblem={onProblem} onAccepted={(asset, fileName) => setSelection({ kind: 'new', asset, fileName })} />
        )}
        {selection.kind === 'new' && selection.asset && (
          <ProductEditor key={newEditorKey(selection.asset)} api={api} asset={selection.asset} fileName={selection.fileName} onDirtyChange={onDirtyChange} onProblem={onProblem} onSaved={onSaved} onChanged={onChanged} onDeleted={onDeleted} />
        )}
        {selected && (
          <ProductEditor key={selection.kind === 'product' ? selection.editorKey ?? selected.id : selected.id} api={api} product={selected} onDirtyChange={onDirtyChange} initialMessage={flash?.id === selected.id ? flash.message : undefined} onProblem={onProblem} onSaved={onSaved} onChanged={onChanged} onDeleted={onDeleted} />
        )}
        {selection.kind === 'product' && !selected && (
          <p className="message message--info" role="status">This product is no longer in your list. Pick another one or add a product.</p>
        )}
      </main>
    </div>
  )
}
