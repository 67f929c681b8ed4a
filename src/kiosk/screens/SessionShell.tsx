import { useMemo } from 'react'
import type { ConsentLedger } from '../../core/privacy/ConsentLedger'
import { App } from '../../ui/App'
import type { AppHost } from '../../ui/AppHost'
import type { AppOptions } from '../../ui/appOptions'
import type { PrivacyConfig } from '../../ui/privacy/loadPrivacyConfig'

export interface SessionShellProps {
  options: AppOptions
  privacy: PrivacyConfig
  /** This visitor's ledger (new for every visitor). */
  ledger: ConsentLedger
  host: Omit<AppHost, 'consents' | 'shared'>
  onEnd: () => void
}

/**
 * One visitor's shopper app, as in the browser, with this visit's own ledger, on a shared device
 * (no "remember me"), under a bar that says the visit is erased at its end and lets them end it.
 */
export function SessionShell({ options, privacy, ledger, host, onEnd }: SessionShellProps) {
  const appHost = useMemo<AppHost>(() => ({ ...host, consents: ledger, shared: true }), [host, ledger])
  return (
    <div className="kiosk-session">
      <header className="kiosk-bar">
        <p className="kiosk-bar__text">Shared screen: your visit is erased when you leave.</p>
        <button type="button" className="button button--secondary kiosk-button kiosk-bar__end" onClick={onEnd}>
          End and erase
        </button>
      </header>
      <App options={options} privacy={privacy} host={appHost} />
    </div>
  )
}
