import { useId, type ReactNode } from 'react'
import type { ConsentPurpose } from '../../core/privacy/consentTypes'
import { useConsent, useConsentLedger } from './ConsentContext'

export interface SignalConsentProps {
  purpose: ConsentPurpose
  /** Shown once allowed: the signal's live state and controls. */
  children?: ReactNode
  /** Called right after the shopper withdraws, so the device stops at once. */
  onWithdraw?: () => void
  /** Label of the button that withdraws; default "Switch off". */
  stopLabel?: string
}

/**
 * One optional signal behind its own consent: the written notice (what, why, where it stays, for
 * how long, how to stop) and an explicit Allow button; once allowed, the signal's own controls and
 * a button that withdraws at once.
 */
export function SignalConsent({ purpose, children, onWithdraw, stopLabel = 'Switch off' }: SignalConsentProps) {
  const ledger = useConsentLedger()
  const granted = useConsent(purpose)
  const notice = ledger.notice(purpose)
  const headingId = useId()
  return (
    <section className="signal" aria-labelledby={headingId} data-purpose={purpose} data-granted={granted}>
      <h3 id={headingId} className="signal__title">
        {notice.title} <span className="signal__state">{granted ? 'on' : 'off'}</span>
      </h3>
      {granted ? (
        <>
          {children}
          <button
            type="button"
            className="button button--quiet"
            onClick={() => {
              ledger.withdraw(purpose)
              onWithdraw?.()
            }}
          >
            {stopLabel}
          </button>
        </>
      ) : (
        <>
          <dl className="signal__notice">
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
          <button type="button" className="button button--secondary" onClick={() => ledger.grant(purpose)}>
            {notice.allowLabel}
          </button>
        </>
      )}
    </section>
  )
}
