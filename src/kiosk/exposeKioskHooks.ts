import { sessionWipers } from '../core/kiosk/sessionWipers'
import type { KioskRuntime } from './KioskRuntime'

/**
 * `window.__kiosk` for tests and the benchmark (only with `?hooks`): the kiosk's state, its last
 * wipe report (the page before's, on a page handed over to after a wipe), how this page checked
 * storage when it started, the wipe registry, and the camera tracks to watch end. Nothing about a
 * visitor.
 */
export function exposeKioskHooks(runtime: KioskRuntime): void {
  Object.assign(window, {
    __kiosk: {
      runtime,
      wipers: sessionWipers,
      state: () => runtime.machine.getState(),
      lastWipe: () => runtime.lastWipe,
      /** The handoff this page continues from (undefined: a start of its own). */
      handoff: () => runtime.resumed,
      /** How this page checked storage at its start (undefined until done). */
      startCheck: () => runtime.startCheck,
      faceSession: () => runtime.currentFaceSession,
      presenceTrack: () => runtime.presenceTrack,
      /** States of the camera tracks opened since the last wipe (the wipe fails unless all ended). */
      cameraTracks: () => runtime.cameraTrackStates,
      presenceStatus: () => runtime.presenceStatus,
      /** What the shopper app holds now, one line per holder (empty for a new visitor). */
      heldBySession: () => runtime.currentSessionData?.describe() ?? [],
      stats: () => runtime.stats.current,
    },
  })
}
