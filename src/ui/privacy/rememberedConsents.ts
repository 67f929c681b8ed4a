import type { ConsentLedger } from '../../core/privacy/ConsentLedger'
import type { ConsentPurpose, ConsentReceipt } from '../../core/privacy/consentTypes'

const KEY = 'vitrine:consents'
/**
 * The only choices that may outlive a visit, and only while "remember me" is on: they concern
 * likes and preferences, never biometrics. Camera, heart rate, gaze and expression are asked anew
 * every visit.
 */
const REMEMBERED: readonly ConsentPurpose[] = ['personalisation', 'remember']

/** Receipts of a previous visit to restore, when "remember me" was on then. */
export function readRememberedConsents(): ConsentReceipt[] {
  try {
    const parsed = JSON.parse(localStorage.getItem(KEY) ?? '[]') as unknown
    if (!Array.isArray(parsed)) return []
    return parsed.filter(
      (r): r is ConsentReceipt =>
        typeof r === 'object' && r !== null && REMEMBERED.includes((r as ConsentReceipt).purpose) &&
        typeof (r as ConsentReceipt).noticeVersion === 'string' && typeof (r as ConsentReceipt).grantedAt === 'string',
    )
  } catch {
    return []
  }
}

/** Keeps the remembered choices in step with the ledger; returns the unsubscribe. */
export function keepRememberedConsents(ledger: ConsentLedger): () => void {
  const sync = () => {
    if (ledger.isGranted('remember')) {
      const receipts = ledger.history().filter((r) => REMEMBERED.includes(r.purpose))
      try {
        localStorage.setItem(KEY, JSON.stringify(receipts))
      } catch {
        // A full storage keeps the choice for this visit only; the ranker's own save reports it.
      }
    } else localStorage.removeItem(KEY)
  }
  sync()
  return ledger.subscribe(sync)
}
