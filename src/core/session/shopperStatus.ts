import type { CameraStatus } from './cameraStatus'

/** Every state a shopper can be in on the try-on screen; each has readable text (see statusText). */
export type ShopperStatus =
  | 'consent'
  | 'requesting'
  | 'denied'
  | 'no-camera'
  | 'camera-busy'
  | 'camera-lost'
  | 'unsupported'
  | 'camera-failed'
  | 'loading'
  | 'tracker-failed'
  | 'no-face'
  | 'tracking'

export type TrackerPhase = 'idle' | 'starting' | 'running' | 'failed'

export interface ShopperStatusInput {
  /** The shopper pressed the button that allows the camera. */
  consented: boolean
  camera: CameraStatus
  tracker: TrackerPhase
  facePresent: boolean
}

/**
 * The one status the screen shows, from the adapters' states. Camera problems come first (the
 * shopper must act on them), then the tracker, then whether a face is in view.
 */
export function shopperStatus({ consented, camera, tracker, facePresent }: ShopperStatusInput): ShopperStatus {
  if (!consented) return 'consent'
  switch (camera) {
    case 'idle':
    case 'requesting':
      return 'requesting'
    case 'denied':
      return 'denied'
    case 'no-camera':
      return 'no-camera'
    case 'busy':
      return 'camera-busy'
    case 'lost':
      return 'camera-lost'
    case 'unsupported':
      return 'unsupported'
    case 'failed':
      return 'camera-failed'
    case 'running':
      break
  }
  if (tracker === 'failed') return 'tracker-failed'
  if (tracker !== 'running') return 'loading'
  return facePresent ? 'tracking' : 'no-face'
}
