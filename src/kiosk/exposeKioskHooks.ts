import { sessionWipers } from '../core/kiosk/sessionWipers'
import type { KioskRuntime } from './KioskRuntime'

/**
 * `window.__kiosk` for tests and the benchmark (only with `?hooks`): the kiosk's state, its last
 * wipe report, the wipe registry, and the camera tracks to watch end. Nothing about a visitor.
 */
export function exposeKioskHooks(runtime: KioskRuntime): void {
  Object.assign(window, {
    __kiosk: {
      runtime,
      wipers: sessionWipers,
      state: () => runtime.machine.getState(),
      lastWipe: () => runtime.lastWipe,
      faceSession: () => runtime.currentFaceSession,
      presenceTrack: () => runtime.presenceTrack,
      presenceStatus: () => runtime.presenceStatus,
      /** What the shopper app holds now, one line per holder (empty for a new visitor). */
      heldBySession: () => runtime.currentSessionData?.describe() ?? [],
      stats: () => runtime.stats.current,
    },
  })
}
