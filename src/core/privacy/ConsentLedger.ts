import { DEFAULT_CONSENT_NOTICES } from './consentNotices'
import type { ConsentNotice, ConsentPurpose, ConsentReceipt } from './consentTypes'

type Listener = () => void

/**
 * Who allowed what, under which notice version: a vanilla store (no React). A grant counts only
 * for the notice version it was given under, so a reworded notice asks again. Receipts keep the
 * history of the session for the shopper to view; nothing biometric is ever in them.
 */
export class ConsentLedger {
  private readonly notices: Readonly<Record<ConsentPurpose, ConsentNotice>>
  private receipts: readonly ConsentReceipt[] = []
  private readonly listeners = new Set<Listener>()

  constructor(notices: Readonly<Record<ConsentPurpose, ConsentNotice>> = DEFAULT_CONSENT_NOTICES, restored: readonly ConsentReceipt[] = []) {
    this.notices = notices
    this.receipts = restored.filter((r) => notices[r.purpose] !== undefined)
  }

  notice(purpose: ConsentPurpose): ConsentNotice {
    return this.notices[purpose]
  }

  /** True while the shopper's latest decision is a grant under the current notice version. */
  isGranted(purpose: ConsentPurpose): boolean {
    const latest = this.latest(purpose)
    return latest !== undefined && latest.withdrawnAt === undefined && latest.noticeVersion === this.notices[purpose].version
  }

  /** Records an explicit release under the current notice. No-op when already granted. */
  grant(purpose: ConsentPurpose, now: Date = new Date()): void {
    if (this.isGranted(purpose)) return
    this.receipts = [...this.receipts, { purpose, noticeVersion: this.notices[purpose].version, grantedAt: now.toISOString() }]
    this.emit()
  }

  /** Records a withdrawal. No-op when not granted. */
  withdraw(purpose: ConsentPurpose, now: Date = new Date()): void {
    if (!this.isGranted(purpose)) return
    const latest = this.latest(purpose)!
    this.receipts = this.receipts.map((r) => (r === latest ? { ...r, withdrawnAt: now.toISOString() } : r))
    this.emit()
  }

  /** Every decision of this session, oldest first (an immutable snapshot: new array on change). */
  history(): readonly ConsentReceipt[] {
    return this.receipts
  }

  /** Forgets every decision (a kiosk session ends; the shopper presses Forget all). */
  clear(): void {
    if (this.receipts.length === 0) return
    this.receipts = []
    this.emit()
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  private latest(purpose: ConsentPurpose): ConsentReceipt | undefined {
    for (let i = this.receipts.length - 1; i >= 0; i--) if (this.receipts[i]!.purpose === purpose) return this.receipts[i]
    return undefined
  }

  private emit(): void {
    for (const listener of this.listeners) listener()
  }
}
