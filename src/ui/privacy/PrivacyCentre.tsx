import { useEffect, useRef, useState } from 'react'
import type { SessionDataRegistry } from '../../core/privacy/SessionDataRegistry'
import { CONSENT_PURPOSES } from '../../core/privacy/consentTypes'
import { useConsentLedger } from './ConsentContext'

export interface PrivacyCentreProps {
  registry: SessionDataRegistry
  onClose: () => void
}

/**
 * What the page holds about the shopper right now, the receipts of their permissions, an export
 * of it all as a JSON file (saved locally, sent nowhere), and Forget all.
 */
export function PrivacyCentre({ registry, onClose }: PrivacyCentreProps) {
  const ledger = useConsentLedger()
  const dialog = useRef<HTMLDialogElement>(null)
  const [, refresh] = useState(0)
  const [message, setMessage] = useState<string | undefined>()

  useEffect(() => {
    const element = dialog.current
    element?.showModal()
    const unsubscribe = ledger.subscribe(() => refresh((n) => n + 1))
    return () => {
      unsubscribe()
      element?.close()
    }
  }, [ledger])

  const held = registry.describe()
  const receipts = ledger.history()

  const exportJson = () => {
    const blob = new Blob([JSON.stringify(registry.exportAll(), null, 2)], { type: 'application/json' })
    const url = URL.createObjectURL(blob)
    const link = document.createElement('a')
    link.href = url
    link.download = `vitrine-my-data-${new Date().toISOString().slice(0, 19).replace(/:/g, '-')}.json`
    link.click()
    setTimeout(() => URL.revokeObjectURL(url), 0)
    setMessage('Your data was saved as a file on this device.')
  }

  const forgetAll = async () => {
    try {
      await registry.wipeAll()
      setMessage('Everything was forgotten. Devices are switched off and nothing about you is left on this page.')
    } catch (error) {
      setMessage(`Some data could not be deleted: ${error instanceof Error ? error.message : String(error)}`)
    }
    refresh((n) => n + 1)
  }

  return (
    <dialog ref={dialog} className="privacy-centre" aria-labelledby="privacy-centre-title" onCancel={onClose}>
      <h2 id="privacy-centre-title">Privacy centre</h2>
      <h3>What this page holds about you now</h3>
      {held.length === 0 ? (
        <p data-held="nothing">Nothing. No image, face, heart, gaze or expression data is held.</p>
      ) : (
        <ul data-held="something">
          {held.map((line) => (
            <li key={line.key} data-holder={line.key}>
              {line.text}
            </li>
          ))}
        </ul>
      )}
      <h3>Your permissions</h3>
      <ul className="privacy-centre__choices">
        {CONSENT_PURPOSES.map((purpose) => (
          <li key={purpose} data-purpose={purpose}>
            {ledger.notice(purpose).title}: {ledger.isGranted(purpose) ? 'allowed' : 'not allowed'}
          </li>
        ))}
      </ul>
      <h3>Receipts</h3>
      {receipts.length === 0 ? (
        <p>You have not given any permission yet.</p>
      ) : (
        <table className="privacy-centre__receipts">
          <thead>
            <tr>
              <th scope="col">Permission</th>
              <th scope="col">Notice version</th>
              <th scope="col">Allowed at</th>
              <th scope="col">Withdrawn at</th>
            </tr>
          </thead>
          <tbody>
            {receipts.map((r) => (
              <tr key={`${r.purpose}-${r.grantedAt}`}>
                <td>{ledger.notice(r.purpose).title}</td>
                <td>{r.noticeVersion}</td>
                <td>{new Date(r.grantedAt).toLocaleString()}</td>
                <td>{r.withdrawnAt ? new Date(r.withdrawnAt).toLocaleString() : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {message && (
        <p role="status" className="privacy-centre__message">
          {message}
        </p>
      )}
      <div className="privacy-centre__actions">
        <button type="button" className="button button--secondary" onClick={exportJson}>
          Export my data (JSON)
        </button>
        <button type="button" className="button button--primary" onClick={() => void forgetAll()}>
          Forget all
        </button>
        <button type="button" className="button button--quiet" onClick={onClose}>
          Close
        </button>
      </div>
      <p>
        <a href="/privacy.html" target="_blank" rel="noopener">
          Retention and destruction policy
        </a>
      </p>
    </dialog>
  )
}
