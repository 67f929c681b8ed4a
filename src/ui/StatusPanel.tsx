import type { ConsentNotice } from '../core/privacy/consentTypes'
import type { ShopperStatus } from '../core/session/shopperStatus'
import { STATUS_TEXT } from '../core/session/statusText'

export interface StatusPanelProps {
  status: ShopperStatus
  /** Technical detail shown under the text (an error message), if any. */
  detail?: string | undefined
  onAllowCamera: () => void
  onRetry: () => void
  /** The camera's written notice, shown in full before the shopper allows it. */
  cameraNotice?: ConsentNotice
}

/**
 * The one message for the shopper's current state, with its button. Blocking states cover the
 * view; the others sit as a small note over the live image. Announced to screen readers.
 */
export function StatusPanel({ status, detail, onAllowCamera, onRetry, cameraNotice }: StatusPanelProps) {
  const text = STATUS_TEXT[status]
  const urgent = text.action === 'retry'
  return (
    <div
      className={text.blocking ? 'status status--blocking' : 'status status--note'}
      data-status={status}
      role={urgent ? 'alert' : 'status'}
      aria-live={urgent ? 'assertive' : 'polite'}
    >
      <h2 className="status__title">{text.title}</h2>
      <p className="status__body">{text.body}</p>
      {detail && text.action === 'retry' && <p className="status__detail">Details: {detail}</p>}
      {text.action === 'allow-camera' && cameraNotice && (
        <>
          <dl className="signal__notice status__notice" aria-label="Camera notice">
            <dt>What</dt>
            <dd>{cameraNotice.what}</dd>
            <dt>Where it stays</dt>
            <dd>{cameraNotice.where}</dd>
            <dt>How long</dt>
            <dd>{cameraNotice.howLong}</dd>
            <dt>How to stop</dt>
            <dd>{cameraNotice.howToStop}</dd>
          </dl>
          <p className="status__detail">
            By pressing {cameraNotice.allowLabel} you agree to this processing (notice {cameraNotice.version}).{' '}
            <a href="/privacy.html" target="_blank" rel="noopener">
              Retention and destruction policy
            </a>
          </p>
        </>
      )}
      {text.action === 'allow-camera' && (
        <button type="button" className="button button--primary" onClick={onAllowCamera} autoFocus>
          Allow camera
        </button>
      )}
      {text.action === 'retry' && (
        <button type="button" className="button button--primary" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  )
}
