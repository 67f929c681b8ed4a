import type { ConsentLedger } from '../core/privacy/ConsentLedger'
import type { SessionDataRegistry } from '../core/privacy/SessionDataRegistry'
import type { FaceSession } from '../vision/FaceSession'

/** How a host page (the in-store kiosk) embeds the shopper app. Every part is optional. */
export interface AppHost {
  /**
   * This visit's consent ledger; nothing remembered from earlier visits is restored into it. A
   * ledger that already allows the camera (the host asked) starts the camera at once.
   */
  consents?: ConsentLedger
  /** A shared device: "remember me on this device" is not offered. Default false. */
  shared?: boolean
  /** Told about the camera session as it starts (a session) and stops (`undefined`). */
  onFaceSession?: (session: FaceSession | undefined) => void
  /** Given the registry of everything the app holds about the shopper, so the host can wipe it. */
  onSessionData?: (registry: SessionDataRegistry) => void
}
