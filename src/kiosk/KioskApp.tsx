import { useEffect, useMemo, useState } from 'react'
import type { AppOptions } from '../ui/appOptions'
import type { PrivacyConfig } from '../ui/privacy/loadPrivacyConfig'
import { AttractLoop } from './attract/AttractLoop'
import type { KioskRuntime } from './KioskRuntime'
import { ConsentScreen } from './screens/ConsentScreen'
import { CountdownOverlay } from './screens/CountdownOverlay'
import { PolicyOverlay } from './screens/PolicyOverlay'
import { SessionShell } from './screens/SessionShell'
import { WipingScreen } from './screens/WipingScreen'
import { useCatalogProducts } from './useCatalogProducts'
import { useCountdownSeconds } from './useCountdownSeconds'
import { useKioskState } from './useKioskState'
import { usePresenceRunning } from './usePresenceRunning'
import './kiosk.css'

export interface KioskAppProps {
  runtime: KioskRuntime
  options: AppOptions
  privacy: PrivacyConfig
  /** Set-up problems (bad URL settings, no offline worker) shown on the attract screen. */
  problems: readonly string[]
  /** Bumped when a new catalog was installed. */
  catalogGeneration: number
}

/** Event that opens the privacy policy over the kiosk (links to the policy page fire it). */
export const OPEN_POLICY_EVENT = 'vitrine:kiosk-policy'

/** The kiosk's screens for each phase of {@link KioskRuntime}'s loop. */
export function KioskApp({ runtime, options, privacy, problems, catalogGeneration }: KioskAppProps) {
  const state = useKioskState(runtime)
  const sensing = usePresenceRunning(runtime)
  const seconds = useCountdownSeconds(runtime, state.phase === 'countdown')
  const catalog = useCatalogProducts(options.catalogUrl, catalogGeneration)
  const host = useMemo(() => ({ onFaceSession: runtime.onFaceSession, onSessionData: runtime.onSessionData }), [runtime])
  const [policyOpen, setPolicyOpen] = useState(false)
  useEffect(() => {
    const open = () => setPolicyOpen(true)
    window.addEventListener(OPEN_POLICY_EVENT, open)
    return () => window.removeEventListener(OPEN_POLICY_EVENT, open)
  }, [])
  // A visit that ends closes whatever it had open.
  useEffect(() => {
    if (state.phase === 'wiping' || state.phase === 'attract') setPolicyOpen(false)
  }, [state.phase])

  const underneath = state.phase === 'countdown' ? state.resumePhase : state.phase
  const allProblems = catalog.error ? [...problems, `the catalog: ${catalog.error}`] : problems
  return (
    <div className="kiosk" data-phase={state.phase} data-session={state.sessionId}>
      {underneath === 'attract' && (
        <AttractLoop products={catalog.products} presence={runtime.config.presence} sensing={sensing} settled={catalog.settled} problems={allProblems} />
      )}
      {underneath === 'consent' && (
        <ConsentScreen
          key={state.sessionId}
          notice={runtime.ledger.notice('camera')}
          onAllow={() => runtime.consent(true)}
          onBrowse={() => runtime.consent(false)}
          onDecline={() => runtime.end()}
          onPolicy={() => setPolicyOpen(true)}
        />
      )}
      {underneath === 'session' && (
        <SessionShell key={state.sessionId} options={options} privacy={privacy} ledger={runtime.ledger} host={host} onEnd={() => runtime.end()} />
      )}
      {state.phase === 'wiping' && <WipingScreen />}
      {state.phase === 'countdown' && <CountdownOverlay seconds={seconds} />}
      {policyOpen && <PolicyOverlay privacy={privacy} onClose={() => setPolicyOpen(false)} />}
    </div>
  )
}
