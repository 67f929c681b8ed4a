import { useId, useRef, useState, type DragEvent } from 'react'
import { ASSET_BUDGETS } from '../../core/catalog/asset/budgets'
import { PRODUCT_CATEGORIES, type ProductCategory } from '../../core/catalog/types'
import type { StudioApi } from '../api/StudioApi'
import type { AssetView } from '../api/types'
import { describeBudget } from '../report/describeBudget'
import { IssueList } from '../report/IssueList'
import { UploadProgress } from './UploadProgress'
import { useUpload } from './useUpload'

export interface UploadPanelProps {
  api: StudioApi
  onAccepted: (asset: AssetView, fileName: string) => void
  onProblem: (error: unknown) => void
}

/** Drop zone and file picker for a product's GLB, with the category whose budget it is held to. */
export function UploadPanel({ api, onAccepted, onProblem }: UploadPanelProps) {
  const [category, setCategory] = useState<ProductCategory>('glasses')
  const [dragging, setDragging] = useState(false)
  const [note, setNote] = useState<string | undefined>()
  const picker = useRef<HTMLInputElement>(null)
  const { state, start, cancel } = useUpload(api.token, onAccepted, onProblem)
  const id = useId()
  const busy = state.phase === 'checking' || state.phase === 'sending' || state.phase === 'processing'

  const take = (files: FileList | null) => {
    const file = files?.[0]
    if (!file || busy) return
    setNote(files.length > 1 ? `Only one file is uploaded at a time: ${file.name} was taken, the other ${files.length - 1} ignored.` : undefined)
    void start(file, category)
  }
  const onDrop = (event: DragEvent) => {
    event.preventDefault()
    setDragging(false)
    take(event.dataTransfer.files)
  }

  return (
    <section className="card upload" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Add a product: upload its 3D model</h2>
      <p>
        One GLB file (binary glTF) with everything inside it. Model in metres, +Y up, the front facing +Z. It is checked on
        this computer first, then validated with the Khronos glTF validator, held to its category's budget and optimised by the
        service.
      </p>
      <label className="field">
        <span className="field__label">Category</span>
        <select value={category} onChange={(e) => setCategory(e.target.value as ProductCategory)} disabled={busy}>
          {PRODUCT_CATEGORIES.map((c) => <option key={c} value={c}>{c}</option>)}
        </select>
        <span className="hint">Budget for {category}: {describeBudget(ASSET_BUDGETS[category])}.</span>
      </label>
      <div
        className={dragging ? 'dropzone dropzone--active' : 'dropzone'}
        data-testid="dropzone"
        onDragEnter={(e) => { e.preventDefault(); setDragging(true) }}
        onDragOver={(e) => e.preventDefault()}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <p className="dropzone__title">{dragging ? 'Drop the file to upload it' : 'Drag a .glb file here'}</p>
        <p className="hint">or</p>
        <button type="button" className="button button--primary" disabled={busy} onClick={() => picker.current?.click()}>
          Choose a GLB file…
        </button>
        <input
          ref={picker}
          type="file"
          accept=".glb,model/gltf-binary"
          hidden
          aria-label="GLB file to upload"
          onChange={(e) => { take(e.target.files); e.target.value = '' }}
        />
      </div>
      {note && <p className="message message--info" role="status">{note}</p>}
      <div className="upload__status">
        {(state.phase === 'checking' || state.phase === 'sending' || state.phase === 'processing') && <UploadProgress state={state} onCancel={cancel} />}
      </div>
      {state.phase === 'refused-here' && (
        <div className="message message--error" role="alert">
          <p><strong>{state.fileName} was not sent:</strong> it breaks the rules every product model must follow. Fix these in your 3D tool and export again.</p>
          <IssueList issues={state.issues} />
        </div>
      )}
      {state.phase === 'failed' && (
        <div className="message message--error" role="alert">
          <p><strong>{state.fileName} was not stored:</strong> {state.message}.</p>
          {state.issues.length > 1 && <IssueList issues={state.issues} />}
        </div>
      )}
    </section>
  )
}
