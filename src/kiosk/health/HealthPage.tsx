import { useEffect, useState } from 'react'
import { healthRows, type HealthInput } from '../../core/kiosk/healthRows'
import { readHealth } from './readHealth'

/** How often the page refreshes its figures, ms. */
const REFRESH_MS = 5_000

/**
 * The kiosk's local health page (`/kiosk/health.html`): version, uptime, catalog age and counts.
 * It reads the kiosk's own records only; nothing about any visitor exists to be shown.
 */
export function HealthPage() {
  const [input, setInput] = useState<HealthInput | undefined>()
  const [error, setError] = useState<string | undefined>()

  useEffect(() => {
    let live = true
    const refresh = () =>
      readHealth().then(
        (next) => live && (setInput(next), setError(undefined)),
        (failure: Error) => live && setError(failure.message),
      )
    void refresh()
    const timer = setInterval(refresh, REFRESH_MS)
    return () => {
      live = false
      clearInterval(timer)
    }
  }, [])

  return (
    <main className="health">
      <h1>Vitrine kiosk: health</h1>
      <p className="health__note">Counts and times only. The kiosk keeps nothing about the people who use it.</p>
      {error && <p role="alert">The kiosk's records could not be read: {error}</p>}
      {input && (
        <dl className="health__rows" aria-label="Kiosk health">
          {healthRows(input).map((row) => (
            <div key={row.key} className="health__row" data-key={row.key}>
              <dt>{row.label}</dt>
              <dd>{row.value}</dd>
            </div>
          ))}
        </dl>
      )}
    </main>
  )
}
