import { useEffect } from 'react'
import type { HeartRateMonitor } from '../../ble/HeartRateMonitor'
import { heartRateStatusText } from '../../core/signals/ble/heartRateStatusText'
import { useHeartRateState } from './useHeartRateState'

export interface HeartRateControlsProps {
  monitor: HeartRateMonitor
}

/**
 * What the shopper sees once heart rate is allowed: "Connect heart-rate sensor", then the live
 * reading with skin contact, battery, where the sensor sits and session figures, the reconnecting
 * state with its attempt count, ignored packets, and every problem in plain words. All of it sits in
 * a polite live region that re-renders at most a few times a second.
 */
export function HeartRateControls({ monitor }: HeartRateControlsProps) {
  const state = useHeartRateState(monitor)
  const text = heartRateStatusText(state)

  useEffect(() => {
    void monitor.checkSupport()
  }, [monitor])

  const cause = state.problem?.cause
  const causeText = state.status === 'failed' && cause instanceof Error ? cause.message : undefined
  return (
    <div className="heart-rate" data-status={state.status}>
      <div className="heart-rate__live" role="status" aria-live="polite">
        {state.status !== 'idle' && <p className="heart-rate__line">{text.line}</p>}
        {text.details.length > 0 && (
          <ul className="heart-rate__details">
            {text.details.map((detail) => (
              <li key={detail}>{detail}</li>
            ))}
          </ul>
        )}
        {text.warning && <p className="heart-rate__warning">{text.warning}</p>}
        {causeText && <p className="heart-rate__cause">Details: {causeText}</p>}
      </div>
      {text.action === 'connect' && (
        <button type="button" className="button button--primary heart-rate__connect" onClick={() => void monitor.start()}>
          Connect heart-rate sensor
        </button>
      )}
    </div>
  )
}
