import { cameraStatusForError, type CameraStatus } from '../core/session/cameraStatus'

export interface CameraSourceOptions {
  /** Ideal capture size; the camera picks the nearest it has. Default 1280×720. */
  width?: number
  height?: number
  /** How often to look for a lost camera again, milliseconds. Default 1500. */
  retryIntervalMs?: number
}

type StatusListener = (status: CameraStatus, detail: string | undefined) => void

/**
 * The selfie camera as a playing `<video>` element. Reports a {@link CameraStatus} instead of
 * throwing, and recovers by itself when a lost camera comes back.
 */
export class CameraSource {
  status: CameraStatus = 'idle'
  readonly video: HTMLVideoElement
  private stream: MediaStream | undefined
  private retryTimer: ReturnType<typeof setTimeout> | undefined
  private readonly listeners = new Set<StatusListener>()

  constructor(private readonly options: CameraSourceOptions = {}) {
    this.video = document.createElement('video')
    this.video.muted = true
    this.video.playsInline = true
    this.video.setAttribute('aria-hidden', 'true')
  }

  subscribe(listener: StatusListener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** The live video track, when the camera runs (tests and consent withdrawal use it). */
  get track(): MediaStreamTrack | undefined {
    return this.stream?.getVideoTracks()[0]
  }

  /** Asks for the camera (this shows the browser's permission prompt the first time). */
  async start(): Promise<CameraStatus> {
    this.clearRetry()
    if (!navigator.mediaDevices?.getUserMedia) {
      this.set('unsupported', window.isSecureContext ? 'this browser has no camera access' : 'the page is not served over HTTPS')
      return this.status
    }
    if (this.status !== 'lost') this.set('requesting', undefined)
    try {
      const stream = await navigator.mediaDevices.getUserMedia({
        audio: false,
        video: {
          facingMode: 'user',
          width: { ideal: this.options.width ?? 1280 },
          height: { ideal: this.options.height ?? 720 },
        },
      })
      this.use(stream)
      await this.video.play().catch(() => undefined) // autoplay of a muted stream is allowed
      this.set('running', this.track?.label)
    } catch (error) {
      const name = error instanceof Error ? error.name : 'Error'
      const status = cameraStatusForError(name)
      const message = error instanceof Error ? error.message : String(error)
      if (this.status === 'lost' && status !== 'denied') this.retryLater()
      else this.set(status, message)
    }
    return this.status
  }

  /** Stops the camera: the track ends and the camera light goes off. */
  stop(): void {
    this.clearRetry()
    this.release()
    this.set('idle', undefined)
  }

  private use(stream: MediaStream): void {
    this.release()
    this.stream = stream
    this.video.srcObject = stream
    for (const track of stream.getVideoTracks()) track.addEventListener('ended', this.onEnded)
  }

  private release(): void {
    for (const track of this.stream?.getTracks() ?? []) {
      track.removeEventListener('ended', this.onEnded)
      track.stop()
    }
    this.stream = undefined
    this.video.srcObject = null
  }

  private readonly onEnded = (): void => {
    // The device went away under us: say so, then look for it again until it is back.
    this.release()
    this.set('lost', 'the camera stopped sending video')
    this.retryLater()
  }

  private retryLater(): void {
    this.clearRetry()
    this.retryTimer = setTimeout(() => void this.start(), this.options.retryIntervalMs ?? 1500)
    // A camera plugged back in announces itself: try at once rather than at the next tick.
    navigator.mediaDevices?.addEventListener('devicechange', this.onDeviceChange)
  }

  private readonly onDeviceChange = (): void => {
    if (this.status === 'lost') void this.start()
  }

  private clearRetry(): void {
    if (this.retryTimer !== undefined) clearTimeout(this.retryTimer)
    this.retryTimer = undefined
    navigator.mediaDevices?.removeEventListener('devicechange', this.onDeviceChange)
  }

  private set(status: CameraStatus, detail: string | undefined): void {
    this.status = status
    for (const listener of this.listeners) listener(status, detail)
  }
}
