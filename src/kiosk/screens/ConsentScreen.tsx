import type { ConsentNotice } from '../../core/privacy/consentTypes'

export interface ConsentScreenProps {
  /** The camera's written notice in force (versioned; the retailer may reword it). */
  notice: ConsentNotice
  /** Explicit release: the try-on starts with the camera. */
  onAllow: () => void
  /** The products without the camera (no face is processed). */
  onBrowse: () => void
  /** Not now: the visit ends and is wiped. */
  onDecline: () => void
  onPolicy: () => void
}

/**
 * Every visitor's own consent screen (nothing carries over from the visitor before): the full
 * written notice for the camera, what the kiosk does when they leave, and three plain choices.
 * Nothing about the face is processed before "Allow camera".
 */
export function ConsentScreen({ notice, onAllow, onBrowse, onDecline, onPolicy }: ConsentScreenProps) {
  return (
    <section className="kiosk-consent" aria-labelledby="kiosk-consent-title">
      <h1 id="kiosk-consent-title" className="kiosk-consent__title">
        Try glasses on with the camera?
      </h1>
      <p className="kiosk-consent__lead">
        This is a shared screen. When you walk away or press <strong>End</strong>, everything from your visit is erased.
      </p>
      <dl className="kiosk-consent__notice" aria-label={`${notice.title} notice`}>
        <dt>What</dt>
        <dd>{notice.what}</dd>
        <dt>Why</dt>
        <dd>{notice.why}</dd>
        <dt>Where it stays</dt>
        <dd>{notice.where}</dd>
        <dt>How long</dt>
        <dd>{notice.howLong}</dd>
        <dt>How to stop</dt>
        <dd>{notice.howToStop}</dd>
      </dl>
      <p className="kiosk-consent__fine">
        By pressing {notice.allowLabel} you agree to this processing (notice {notice.version}). Other signals (heart rate,
        gaze, expression) each ask on their own.
      </p>
      <button type="button" className="kiosk-link" onClick={onPolicy}>
        Retention and destruction policy
      </button>
      <div className="kiosk-consent__actions">
        <button type="button" className="button button--primary kiosk-button" onClick={onAllow}>
          {notice.allowLabel}
        </button>
        <button type="button" className="button button--secondary kiosk-button" onClick={onBrowse}>
          Browse without camera
        </button>
        <button type="button" className="button button--quiet kiosk-button" onClick={onDecline}>
          Not now
        </button>
      </div>
    </section>
  )
}
