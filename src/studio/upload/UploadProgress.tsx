import { formatBytes } from '../../core/catalog/asset/assetIssue'
import type { UploadState } from './useUpload'

type Busy = Extract<UploadState, { phase: 'checking' | 'sending' | 'processing' }>

/** The progress bar and its sentence for a running upload; Cancel while bytes are still going out. */
export function UploadProgress({ state, onCancel }: { state: Busy; onCancel: () => void }) {
  if (state.phase === 'checking') {
    return <p role="status">Checking {state.fileName} on this computer…</p>
  }
  if (state.phase === 'processing') {
    return (
      <div className="progress" role="status">
        <progress aria-label="Processing on the service" />
        <p>Uploaded {formatBytes(state.total)}. The service is validating and optimising {state.fileName}; this takes a few seconds…</p>
      </div>
    )
  }
  const percent = state.total > 0 ? Math.floor((100 * state.loaded) / state.total) : 0
  return (
    <div className="progress">
      <span className="sr-only" role="status">Uploading {state.fileName}</span>
      <progress max={state.total || 1} value={state.loaded} aria-label={`Uploading ${state.fileName}`} aria-valuetext={`${percent} %`} />
      {/* Not a live region: the bar carries the figure, a sentence per percent would drown a screen reader. */}
      <p>
        Uploading {state.fileName}: {percent} % ({formatBytes(state.loaded)} of {formatBytes(state.total)})
      </p>
      <button type="button" className="button button--quiet" onClick={onCancel}>Cancel upload</button>
    </div>
  )
}
