/**
 * What the camera adapter can report. `lost` means a running camera went away (unplugged, taken
 * by another app, driver reset); the adapter keeps trying to get it back.
 */
export type CameraStatus =
  | 'idle'
  | 'requesting'
  | 'running'
  | 'denied'
  | 'no-camera'
  | 'busy'
  | 'lost'
  | 'unsupported'
  | 'failed'

/**
 * Maps a getUserMedia rejection (a DOMException name) to the status a shopper can act on.
 * @see https://w3c.github.io/mediacapture-main/#dom-mediadevices-getusermedia
 */
export function cameraStatusForError(errorName: string): CameraStatus {
  switch (errorName) {
    case 'NotAllowedError':
    case 'PermissionDeniedError':
    case 'SecurityError':
      return 'denied'
    case 'NotFoundError':
    case 'DevicesNotFoundError':
    case 'OverconstrainedError':
      return 'no-camera'
    case 'NotReadableError':
    case 'TrackStartError':
    case 'AbortError':
      return 'busy'
    case 'TypeError':
      return 'unsupported'
    default:
      return 'failed'
  }
}
