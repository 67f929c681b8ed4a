import type { ShopperStatus } from './shopperStatus'

/** What the shopper can do from a status: the button the screen offers, if any. */
export type StatusAction = 'allow-camera' | 'retry'

export interface StatusText {
  title: string
  body: string
  action?: StatusAction
  /** Whether the message blocks the view (true) or is a small note over the live image (false). */
  blocking: boolean
}

/** Plain-language text for every status. One sentence of why, one of what to do. */
export const STATUS_TEXT: Readonly<Record<ShopperStatus, StatusText>> = {
  consent: {
    title: 'See the glasses on your face',
    body: 'Try-on needs your camera to find your face. Your image is analysed on this device only: no image or face data leaves it, and nothing is kept after you leave.',
    action: 'allow-camera',
    blocking: true,
  },
  requesting: {
    title: 'Waiting for your camera',
    body: 'Your browser is asking whether this page may use the camera. Choose Allow to start.',
    blocking: true,
  },
  denied: {
    title: 'Camera access is blocked',
    body: 'To try glasses on, allow the camera for this site: open the site settings from the icon left of the address, set Camera to Allow, then press Try again.',
    action: 'retry',
    blocking: true,
  },
  'no-camera': {
    title: 'No camera found',
    body: 'Connect a camera, or check that it is switched on, then press Try again.',
    action: 'retry',
    blocking: true,
  },
  'camera-busy': {
    title: 'The camera is in use',
    body: 'Another app or tab is using the camera. Close it, then press Try again.',
    action: 'retry',
    blocking: true,
  },
  'camera-lost': {
    title: 'The camera stopped',
    body: 'The camera was disconnected or turned off. Try-on comes back by itself as soon as it returns.',
    blocking: true,
  },
  unsupported: {
    title: 'Camera not available here',
    body: 'This browser cannot open the camera on this page. Use a recent Chrome, Edge, Firefox or Safari over HTTPS.',
    blocking: true,
  },
  'camera-failed': {
    title: 'The camera did not start',
    body: 'Something went wrong while opening the camera. Press Try again; if it keeps failing, restart the browser.',
    action: 'retry',
    blocking: true,
  },
  loading: {
    title: 'Getting try-on ready',
    body: 'Loading the face tracker on this device. This takes a few seconds the first time.',
    blocking: false,
  },
  'tracker-failed': {
    title: 'Try-on could not start',
    body: 'The face tracker did not load on this device. Press Try again; a page reload may help.',
    action: 'retry',
    blocking: true,
  },
  'no-face': {
    title: 'No face in view',
    body: 'Look at the screen, with your face in the frame and well lit.',
    blocking: false,
  },
  tracking: {
    title: 'Tracking your face',
    body: 'Turn your head to see the glasses from the side. Pick a pair below.',
    blocking: false,
  },
}
