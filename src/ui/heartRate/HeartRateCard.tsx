import { useEffect } from 'react'
import type { HeartRateMonitor } from '../../ble/HeartRateMonitor'
import { useConsent } from '../privacy/ConsentContext'
import { SignalConsent } from '../privacy/SignalConsent'
import { exposeHeartRateDebug } from './exposeHeartRateDebug'
import './heartRate.css'
import { HeartRateControls } from './HeartRateControls'
import { sharedHeartRateMonitor } from './sharedHeartRateMonitor'

export interface HeartRateCardProps {
  /** The monitor to drive. Default the app's shared monitor (`sharedHeartRateMonitor`). */
  monitor?: HeartRateMonitor
  /** Put the monitor on `window.__vitrine.heartRate` for tests (the app's `?debug`). Default false. */
  debug?: boolean
}

/**
 * The heart-rate signal card for the signals panel: behind its own consent (the ledger's
 * `heartRate` notice: what is used, where it stays, for how long, how to stop), then
 * {@link HeartRateControls}. "Disconnect" withdraws the consent; the sensor is then unsubscribed,
 * disconnected and the session's heart data deleted, also when consent ends some other way
 * (e.g. "Forget all"). Needs a `ConsentContext` provider above it.
 */
export function HeartRateCard({ monitor = sharedHeartRateMonitor, debug = false }: HeartRateCardProps) {
  const allowed = useConsent('heartRate')
  useEffect(() => {
    if (!allowed) monitor.stop()
  }, [allowed, monitor])
  // Here rather than in the controls: tests read the monitor after consent is withdrawn too.
  useEffect(() => (debug ? exposeHeartRateDebug(monitor) : undefined), [monitor, debug])
  return (
    <SignalConsent purpose="heartRate" stopLabel="Disconnect" onWithdraw={() => monitor.stop()}>
      <HeartRateControls monitor={monitor} />
    </SignalConsent>
  )
}
