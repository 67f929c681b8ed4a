import { PRESENCE_CHECK_INTERVAL_MS, PRESENCE_MIN_FACE_HEIGHT } from '../../core/kiosk/kioskDefaults'
import type { CameraStatus } from '../../core/session/cameraStatus'
import { CameraSource } from '../../vision/CameraSource'
import type { PresenceRequest, PresenceResponse } from './protocol'

/** Adapter status: `running` means checks are being made. */
export type PresenceStatus = 'idle' | 'starting' | 'running' | 'unsupported' | 'denied' | 'failed'

export interface PresenceSensorOptions {
  /** Called with every check's answer. */
  onFace: (found: boolean) => void
  onStatus?: (status: PresenceStatus, detail: string | undefined) => void
  /** Between two checks, ms. Default `PRESENCE_CHECK_INTERVAL_MS` (250). */
  intervalMs?: number
  /** Smallest face, as a share of the frame height, that counts. Default `PRESENCE_MIN_FACE_HEIGHT`. */
  minFaceHeight?: number
  modelUrl?: string
  wasmBaseUrl?: string
}

/** Width of the frame the detector sees, px (its own input is 128 × 128: more is wasted work). */
const CHECK_WIDTH = 192
/** The camera is asked for a small image: presence needs no detail. */
const CAMERA_SIZE = { width: 320, height: 240 }

const CAMERA_STATUS: Partial<Record<CameraStatus, PresenceStatus>> = {
  requesting: 'starting', denied: 'denied', 'no-camera': 'unsupported', unsupported: 'unsupported', busy: 'failed', failed: 'failed', lost: 'starting',
}

/**
 * "Is someone at the screen?" from the camera, a few times a second, for the attract screen: a
 * small frame goes to the presence worker (a face detector; no landmarks), a yes/no comes back.
 * `stop()` switches the camera off (its track ends); the detector stays loaded for the next start.
 */
export class PresenceSensor {
  status: PresenceStatus = 'idle'
  private readonly camera = new CameraSource(CAMERA_SIZE)
  private worker: Worker | undefined
  private workerReady: Promise<void> | undefined
  private timer: ReturnType<typeof setInterval> | undefined
  private inFlight = false
  private running = false

  constructor(private readonly options: PresenceSensorOptions) {
    this.camera.subscribe((camera, detail) => {
      if (!this.running) return
      if (camera === 'running') this.set(this.timer ? 'running' : 'starting', undefined)
      else this.set(CAMERA_STATUS[camera] ?? 'idle', detail)
    })
  }

  /** Loads the detector, then opens the camera and starts checking. Reports problems through `onStatus`, never throws. */
  async start(): Promise<void> {
    if (this.running) return
    this.running = true
    this.inFlight = false
    this.set('starting', undefined)
    // The detector first, then the camera: the camera is on only while checks can actually run.
    const loaded = await this.loadWorker().then(() => true, () => false)
    if (!loaded || !this.running) return // a failed worker reported why
    const camera = await this.camera.start()
    if (!this.running || camera !== 'running') return
    this.timer = setInterval(this.check, this.options.intervalMs ?? PRESENCE_CHECK_INTERVAL_MS)
    this.set('running', undefined)
  }

  /** Stops checking and switches the camera off at once. */
  stop(): void {
    this.running = false
    if (this.timer) clearInterval(this.timer)
    this.timer = undefined
    this.camera.stop()
    this.set('idle', undefined)
  }

  /** Also frees the worker (the page is going away). */
  dispose(): void {
    this.stop()
    this.worker?.postMessage({ type: 'close' } satisfies PresenceRequest)
    this.worker?.terminate()
    this.worker = undefined
    this.workerReady = undefined
  }

  /** The camera's live track while checking (tests watch it end). */
  get track(): MediaStreamTrack | undefined {
    return this.camera.track
  }

  private loadWorker(): Promise<void> {
    this.workerReady ??= new Promise<void>((resolve, reject) => {
      const worker = new Worker(new URL('./presence.worker.ts', import.meta.url), { type: 'module', name: 'vitrine-presence' })
      this.worker = worker
      const fail = (message: string) => {
        this.workerReady = undefined
        worker.terminate()
        if (this.worker === worker) this.worker = undefined
        this.set('failed', message)
        reject(new Error(message))
      }
      worker.onerror = (event) => fail(`the presence detector could not start: ${event.message || 'worker script failed to load'}`)
      worker.onmessage = (event: MessageEvent<PresenceResponse>) => {
        const message = event.data
        if (message.type === 'ready') resolve()
        else if (message.type === 'result') {
          this.inFlight = false
          if (this.running) this.options.onFace(message.found)
        } else if (message.code === 'wasm-load-failed' || message.code === 'model-load-failed') fail(message.message)
        else this.inFlight = false // one frame failed or came too early: the next check tries again
      }
      worker.postMessage({
        type: 'init',
        wasmBaseUrl: new URL(this.options.wasmBaseUrl ?? '/mediapipe/wasm', location.href).href,
        modelUrl: new URL(this.options.modelUrl ?? '/models/face_landmarker.task', location.href).href,
        minFaceHeight: this.options.minFaceHeight ?? PRESENCE_MIN_FACE_HEIGHT,
      } satisfies PresenceRequest)
    })
    return this.workerReady
  }

  private readonly check = (): void => {
    const video = this.camera.video
    const worker = this.worker
    if (this.inFlight || !worker || video.readyState < 2 || video.videoWidth === 0) return
    this.inFlight = true
    const resizeHeight = Math.round((CHECK_WIDTH * video.videoHeight) / video.videoWidth)
    createImageBitmap(video, { resizeWidth: CHECK_WIDTH, resizeHeight, resizeQuality: 'low' }).then(
      (bitmap) => worker.postMessage({ type: 'check', bitmap } satisfies PresenceRequest, [bitmap]),
      () => {
        this.inFlight = false
      },
    )
  }

  private set(status: PresenceStatus, detail: string | undefined): void {
    if (status === this.status && detail === undefined) return
    this.status = status
    this.options.onStatus?.(status, detail)
  }
}
