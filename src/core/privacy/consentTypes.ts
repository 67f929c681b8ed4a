/** What a shopper can say yes or no to, each on its own. */
export type ConsentPurpose = 'camera' | 'heartRate' | 'gaze' | 'expression' | 'personalisation' | 'remember'

export const CONSENT_PURPOSES: readonly ConsentPurpose[] = ['camera', 'heartRate', 'gaze', 'expression', 'personalisation', 'remember']

/**
 * The written notice for one purpose, in plain words: what is processed, why, where it stays, for
 * how long, and how to stop. A deploying retailer may reword it; any change needs a new `version`,
 * and a changed version asks the shopper again.
 */
export interface ConsentNotice {
  purpose: ConsentPurpose
  version: string
  /** Short name of the choice, e.g. "Gaze". */
  title: string
  /** What is processed. */
  what: string
  /** Why. */
  why: string
  /** Where it stays. */
  where: string
  /** For how long. */
  howLong: string
  /** How to stop. */
  howToStop: string
  /** The button that gives the explicit, affirmative release. */
  allowLabel: string
}

/**
 * A record of one decision, shown to the shopper on request. Holds nothing biometric: the notice
 * version, the times and the purpose only.
 */
export interface ConsentReceipt {
  purpose: ConsentPurpose
  noticeVersion: string
  grantedAt: string
  /** Set once withdrawn. */
  withdrawnAt?: string
}
