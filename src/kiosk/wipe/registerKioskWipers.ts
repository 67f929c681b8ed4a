import { isKioskCache } from '../../core/kiosk/kioskCaches'
import type { WipeRegistry } from '../../core/kiosk/WipeRegistry'
import type { ConsentLedger } from '../../core/privacy/ConsentLedger'
import { wipeSiteStorage } from '../../platform/wipeSiteStorage'
import { sharedHeartRateMonitor } from '../../ui/heartRate/sharedHeartRateMonitor'
import type { FaceSession } from '../../vision/FaceSession'
import { storageLeftovers } from './storageLeftovers'

/** What the kiosk's own wipers reach: the session's camera, sensor and ledger at wipe time. */
export interface KioskWipeTargets {
  faceSession(): FaceSession | undefined
  /** Switches the presence camera off (it restarts on the attract screen). */
  stopPresenceCamera(): void
  /** Every camera track the session opened (the try-on's, the presence camera's): all must have ended. */
  cameraTracks(): readonly MediaStreamTrack[]
  ledger(): ConsentLedger | undefined
}

/**
 * Registers what a kiosk session's end always wipes, after whatever other modules registered
 * (the ranker, the mood model): the camera (every track it opened checked ended), the wearable link (disconnected, its
 * readings dropped), the session's consent decisions, then this site's browser storage
 * (IndexedDB, localStorage, sessionStorage, Cache Storage except the kiosk's own caches), checked
 * empty afterwards. Returns the function that unregisters them.
 */
export function registerKioskWipers(registry: WipeRegistry, targets: KioskWipeTargets): () => void {
  const unregister = [
    registry.register('camera', () => {
      targets.faceSession()?.stop()
      targets.stopPresenceCamera()
      const live = targets.cameraTracks().filter((track) => track.readyState !== 'ended')
      if (live.length > 0) throw new Error(`${live.length} camera track(s) still live after the wipe: ${live.map((t) => t.label || t.id).join(', ')}`)
    }),
    registry.register('heart-rate', () => {
      sharedHeartRateMonitor.stop()
      sharedHeartRateMonitor.session.reset()
    }),
    registry.register('consent', () => targets.ledger()?.clear()),
    registry.register('browser-storage', async () => {
      await wipeSiteStorage(isKioskCache)
      const left = await storageLeftovers()
      if (left.length > 0) throw new Error(`still there after the wipe: ${left.join('; ')}`)
    }),
  ]
  return () => {
    for (const off of unregister) off()
  }
}
