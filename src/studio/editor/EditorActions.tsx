import { useState } from 'react'
import type { ProductView } from '../api/types'
import { ProductStateBadge } from '../products/ProductStateBadge'
import { IssueList } from '../report/IssueList'
import type { ActionMessage } from './useEditorActions'

export interface EditorActionsProps {
  product: ProductView | undefined
  dirty: boolean
  /** The running action's label, e.g. "Publishing…". */
  busy: string | undefined
  message: ActionMessage | undefined
  onSave: () => void
  onPublish: () => void
  onUnpublish: () => void
  onDelete: () => void
}

/** Save, publish, unpublish and delete, with the product's state and the last outcome in words. */
export function EditorActions({ product, dirty, busy, message, onSave, onPublish, onUnpublish, onDelete }: EditorActionsProps) {
  const [confirming, setConfirming] = useState(false)
  const published = product?.state === 'published'
  const disabled = busy !== undefined
  return (
    <div className="card actions">
      <p className="actions__state">
        {product ? <>State: <ProductStateBadge state={product.state} /> · catalog id <code>{product.slug}</code></> : 'Not saved yet.'}
        {dirty && product && <span className="hint"> · unsaved changes{published ? ' (saving makes them live)' : ''}</span>}
      </p>
      <div className="actions__buttons">
        <button type="button" className="button" disabled={disabled || (!!product && !dirty)} onClick={onSave}>
          {product ? 'Save changes' : 'Save as draft'}
        </button>
        {!published && (
          <button type="button" className="button button--primary" disabled={disabled} onClick={onPublish}>
            {product ? (dirty ? 'Save and publish' : 'Publish') : 'Save and publish'}
          </button>
        )}
        {published && <button type="button" className="button" disabled={disabled} onClick={onUnpublish}>Unpublish</button>}
        {product && !published && !confirming && (
          <button type="button" className="button button--danger" disabled={disabled} onClick={() => setConfirming(true)}>Delete draft…</button>
        )}
      </div>
      {confirming && (
        <div className="actions__confirm" role="alertdialog" aria-label="Delete this draft?">
          <p>Delete “{product?.manifest.name}” for good? Its model stays in your assets.</p>
          <button type="button" className="button button--danger" autoFocus onClick={() => { setConfirming(false); onDelete() }}>Delete for good</button>
          <button type="button" className="button" onClick={() => setConfirming(false)}>Keep it</button>
        </div>
      )}
      <div aria-live="polite">
        {busy && <p className="hint">{busy}</p>}
        {message && !busy && (
          <div className={message.kind === 'ok' ? 'message message--ok' : 'message message--error'} role={message.kind === 'error' ? 'alert' : 'status'}>
            <p>{message.text}</p>
            {message.issues && message.issues.length > 0 && <IssueList issues={message.issues} />}
          </div>
        )}
      </div>
    </div>
  )
}
