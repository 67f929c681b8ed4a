import type { KioskState } from './kioskTypes'

/** What the kiosk knows about the try-on's camera at a tick (its `FaceSession` state, if any). */
export interface TryOnFaceState {
  camera: string
  tracker: string
  facePresent: boolean
}

/**
 * The face check to feed the kiosk at a tick, besides the presence sensor's own answers:
 * - in a session whose try-on tracks: whether it sees a face;
 * - in a session whose try-on is still starting: nothing (no answer yet either way);
 * - in a session without a working camera (browsing, camera stopped or failed), or outside a
 *   session while the presence sensor is off or failed: "no face", as nothing can see one, so
 *   idleness is measured by touch alone;
 * - otherwise (the sensor is checking or starting): nothing, its own answers arrive.
 */
export function tickFaceSample(state: KioskState, tryOn: TryOnFaceState | undefined, sensorOn: boolean): boolean | undefined {
  const inSession = state.phase === 'session' || (state.phase === 'countdown' && state.resumePhase === 'session')
  if (!inSession) return sensorOn ? undefined : false
  if (tryOn && tryOn.camera === 'running' && tryOn.tracker === 'running') return tryOn.facePresent
  if (tryOn && (tryOn.camera === 'requesting' || tryOn.tracker === 'starting')) return undefined
  return false
}
