import { useEffect, useRef } from 'react'
import type { PrivacyConfig } from '../../ui/privacy/loadPrivacyConfig'
import { PolicyPage } from '../../ui/privacy/PolicyPage'
import '../../ui/privacy/policy.css'

export interface PolicyOverlayProps {
  privacy: PrivacyConfig
  onClose: () => void
}

/** The public retention-and-destruction policy inside the kiosk (a kiosk never opens other pages). */
export function PolicyOverlay({ privacy, onClose }: PolicyOverlayProps) {
  const dialog = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const element = dialog.current
    element?.showModal()
    return () => element?.close()
  }, [])
  return (
    <dialog ref={dialog} className="kiosk-policy" aria-label="Privacy policy" onClose={onClose}>
      <button type="button" className="button button--primary kiosk-button kiosk-policy__close" onClick={onClose}>
        Close
      </button>
      <PolicyPage policy={privacy.policy} notices={privacy.notices} />
    </dialog>
  )
}
