import { createContext, useContext, useSyncExternalStore } from 'react'
import { ConsentLedger } from '../../core/privacy/ConsentLedger'
import type { ConsentPurpose } from '../../core/privacy/consentTypes'

/** The session's consent ledger; the app provides one per shopper session. */
export const ConsentContext = createContext<ConsentLedger | null>(null)

export function useConsentLedger(): ConsentLedger {
  const ledger = useContext(ConsentContext)
  if (!ledger) throw new Error('vitrine: useConsentLedger() needs a <ConsentContext.Provider> above it')
  return ledger
}

/** Whether the shopper currently allows `purpose`; re-renders only when that changes. */
export function useConsent(purpose: ConsentPurpose): boolean {
  const ledger = useConsentLedger()
  return useSyncExternalStore(
    (listener) => ledger.subscribe(listener),
    () => ledger.isGranted(purpose),
  )
}
