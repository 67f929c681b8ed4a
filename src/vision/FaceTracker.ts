import { BLENDSHAPE_COUNT, LANDMARK_COUNT, type FaceFrame, type TrackerDelegate } from '../core/face/types'
import { CapturePacer } from '../core/tracking/CapturePacer'
import { LatestFrameSlot } from '../core/tracking/LatestFrameSlot'
import {
  PACKED_BLENDSHAPES_OFFSET,
  PACKED_FLOATS,
  PACKED_TRANSFORM_OFFSET,
  type CameraImage,
  type WorkerRequest,
  type WorkerResponse,
} from './protocol'

export type TrackerStatus = 'idle' | 'starting' | 'running' | 'failed'

/** Frames in a row the worker may fail on before tracking counts as failed (about a second). */
export const FAILED_AFTER_ERRORS = 10

export interface FaceTrackerOptions {
  /** URL of face_landmarker.task. Default `/models/face_landmarker.task`. */
  modelUrl?: string
  /** URL of the folder with MediaPipe's wasm files. Default `/mediapipe/wasm`. */
  wasmBaseUrl?: string
  /** Which delegate runs the model. Default 'auto' (GPU unless WebGL is software, then CPU). */
  delegate?: TrackerDelegate | 'auto'
  /** Faces the model looks for; the most prominent is followed. Default 3. */
  maxFaces?: number
}

/** Counters and last timings, mutated in place (read them, don't keep them). */
export interface TrackerStats {
  delegate: TrackerDelegate | undefined
  fallbackReason: string | undefined
  initMs: number
  /** New camera frames seen. */
  videoFrames: number
  /** Camera frames not captured because the worker would still be busy (see CapturePacer). */
  readonly framesSkipped: number
  readonly framesSent: number
  /** Captured frames replaced by a newer one before they could be sent. */
  readonly framesDropped: number
  framesCompleted: number
  framesTracked: number
  inferenceMs: number
  latencyMs: number
}

interface PendingFrame {
  id: number
  image: CameraImage
  timestampMs: number
}

type FrameListener = (frame: FaceFrame) => void

/** WebCodecs' MediaStreamTrackProcessor (Chromium; not in TypeScript's DOM types yet). */
type TrackProcessorConstructor = new (init: { track: MediaStreamTrack }) => { readable: ReadableStream<VideoFrame> }

/** The camera frames' reader where the browser has one, else undefined (the video element is used). */
function trackProcessor(): TrackProcessorConstructor | undefined {
  return (globalThis as { MediaStreamTrackProcessor?: TrackProcessorConstructor }).MediaStreamTrackProcessor
}

/**
 * Main-thread side of face tracking. Feeds the worker from a video element with at most one frame
 * in flight (a newer frame replaces a waiting one, drops are counted) and never waits on the model.
 * Each result is written into one reused {@link FaceFrame}; the analysed frame is handed to
 * `onFrameImage` (which then owns it) so the page can show the very frame the pose belongs to.
 */
export class FaceTracker {
  status: TrackerStatus = 'idle'
  readonly frame: FaceFrame = {
    tracked: false,
    faceCount: 0,
    timestampMs: 0,
    landmarks: new Float32Array(LANDMARK_COUNT * 3),
    transform: new Float32Array(16),
    blendshapes: new Float32Array(BLENDSHAPE_COUNT),
    inferenceMs: 0,
    latencyMs: 0,
  }
  /** Figures for the overlay and the benchmark; the frame counters read the slot and pacer directly. */
  readonly stats: TrackerStats = (() => {
    const tracker = this
    return {
      delegate: undefined, fallbackReason: undefined, initMs: 0, videoFrames: 0,
      framesCompleted: 0, framesTracked: 0, inferenceMs: 0, latencyMs: 0,
      get framesSkipped() { return tracker.pacer.skipped },
      get framesSent() { return tracker.slot.sent },
      get framesDropped() { return tracker.slot.dropped },
    }
  })()

  /** Receives each analysed frame (and must close it or hand it on). */
  onFrameImage: ((bitmap: ImageBitmap) => void) | undefined
  /**
   * Optional: resolves when the page's GPU work for the last result is done; the next frame is sent
   * after it. Where the GPU is emulated on the CPU (SwiftShader), MediaPipe's WebGL input path
   * queues behind the page's drawing and inference runs several times slower; waiting for the draw
   * is faster overall. Unset on real GPUs, where drawing and inference run side by side.
   */
  sendGate: (() => Promise<void> | undefined) | undefined
  /** Called once when tracking fails on {@link FAILED_AFTER_ERRORS} frames in a row; tracking stops. */
  onFailure: ((message: string) => void) | undefined
  private consecutiveErrors = 0

  private worker: Worker | undefined
  private video: HTMLVideoElement | undefined
  private nextId = 1
  private lastVideoTime = -1
  private recycled: ArrayBuffer | undefined
  private pumpHandle = 0
  private frameReader: ReadableStreamDefaultReader<VideoFrame> | undefined
  private readonly listeners = new Set<FrameListener>()
  private readonly slot = new LatestFrameSlot<PendingFrame>((frame) => frame.image.close())
  private readonly pacer = new CapturePacer()
  private sentAtMs = 0

  constructor(private readonly options: FaceTrackerOptions = {}) {}

  /** Subscribes to results; returns the unsubscribe. */
  subscribe(listener: FrameListener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** Starts the worker and the model; resolves when tracking runs, rejects with a readable Error. */
  async start(): Promise<void> {
    if (this.worker) return
    this.status = 'starting'
    const worker = new Worker(new URL('./face.worker.ts', import.meta.url), { type: 'module', name: 'vitrine-face' })
    this.worker = worker
    const base = location.href
    const request: WorkerRequest = {
      type: 'init',
      modelUrl: new URL(this.options.modelUrl ?? '/models/face_landmarker.task', base).href,
      wasmBaseUrl: new URL(this.options.wasmBaseUrl ?? '/mediapipe/wasm', base).href,
      delegate: this.options.delegate ?? 'auto',
      maxFaces: this.options.maxFaces ?? 3,
    }
    await new Promise<void>((resolve, reject) => {
      worker.onerror = (event) => {
        this.status = 'failed'
        reject(new Error(`the face tracker could not start: ${event.message || 'worker script failed to load'}`))
      }
      worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
        const message = event.data
        if (message.type === 'ready') {
          this.stats.delegate = message.delegate
          this.stats.fallbackReason = message.fallbackReason
          this.stats.initMs = message.initMs
          this.status = 'running'
          worker.onmessage = (e: MessageEvent<WorkerResponse>) => this.handle(e.data)
          resolve()
        } else if (message.type === 'error') {
          this.status = 'failed'
          reject(new Error(message.message))
        }
      }
      worker.postMessage(request)
    })
  }

  /**
   * Follows a playing video element: every new camera frame is offered to the worker. Where the
   * browser can read the camera track itself (MediaStreamTrackProcessor), frames come from the
   * track as the camera delivers them, in memory; a frame grabbed from the video element is a
   * GPU texture instead, and reading its pixels back for the model's CPU path cost ~34 ms of the
   * GPU process per frame here (software GPU) against ~0.4 ms from the track's frame.
   */
  attach(video: HTMLVideoElement): void {
    this.detach()
    this.video = video
    this.lastVideoTime = -1
    const track = (video.srcObject as MediaStream | null)?.getVideoTracks?.()[0]
    const Processor = trackProcessor()
    if (track && Processor) this.readTrack(video, track, Processor)
    else this.schedule()
  }

  /** Stops feeding frames (the worker and model stay loaded; the camera keeps running). */
  detach(): void {
    if (this.video && this.pumpHandle) {
      if ('cancelVideoFrameCallback' in this.video) this.video.cancelVideoFrameCallback(this.pumpHandle)
      cancelAnimationFrame(this.pumpHandle)
    }
    this.pumpHandle = 0
    const reader = this.frameReader
    this.frameReader = undefined
    // Cancelling the reader leaves the track running (the video element still shows it).
    reader?.cancel().catch(() => undefined)
    this.video = undefined
    this.slot.clear()
  }

  /** Ends tracking and frees the worker. */
  stop(): void {
    this.detach()
    this.worker?.postMessage({ type: 'close' } satisfies WorkerRequest)
    this.worker?.terminate()
    this.worker = undefined
    this.status = 'idle'
  }

  private schedule(): void {
    const video = this.video
    if (!video) return
    // requestVideoFrameCallback fires once per new camera frame; rAF is the fallback.
    this.pumpHandle = 'requestVideoFrameCallback' in video
      ? video.requestVideoFrameCallback(this.pump)
      : requestAnimationFrame(this.pump)
  }

  private readonly pump = (): void => {
    const video = this.video
    if (!video) return
    this.schedule()
    if (this.status !== 'running') return
    // Only a frame the video has actually advanced to is worth the model's time.
    if (video.readyState < 2 || video.currentTime === this.lastVideoTime || video.videoWidth === 0) return
    this.lastVideoTime = video.currentTime
    this.offer(video, video)
  }

  /** Reads the camera track's frames until it ends or the tracker detaches. */
  private readTrack(video: HTMLVideoElement, track: MediaStreamTrack, Processor: TrackProcessorConstructor): void {
    let reader: ReadableStreamDefaultReader<VideoFrame>
    try {
      reader = new Processor({ track }).readable.getReader()
    } catch {
      this.schedule() // the track cannot be read here: follow the video element
      return
    }
    this.frameReader = reader
    // The handlers are made once: each camera frame costs only the read's own promise.
    const ignore = (): undefined => undefined // cancelled by detach()
    const onFrame = (next: ReadableStreamReadResult<VideoFrame>): void => {
      if (next.done) return // the camera stopped: CameraSource reports it
      const frame = next.value
      if (this.frameReader !== reader || this.status !== 'running') frame.close()
      else this.offer(frame, video)
      if (this.frameReader === reader) reader.read().then(onFrame, ignore)
    }
    reader.read().then(onFrame, ignore)
  }

  /**
   * A new camera frame: a VideoFrame from the track (owned here: sent, kept waiting or closed) or
   * the video element (grabbed as an ImageBitmap). Captured for the worker if the pacer says so.
   */
  private offer(source: VideoFrame | HTMLVideoElement, video: HTMLVideoElement): void {
    const timestampMs = performance.now()
    this.stats.videoFrames++
    const capture = this.pacer.shouldCapture(timestampMs, this.slot.inFlight, this.sentAtMs)
    if (!(source instanceof HTMLVideoElement)) {
      if (capture) this.enqueue({ id: this.nextId++, image: source, timestampMs })
      else source.close()
      return
    }
    if (!capture) return
    createImageBitmap(source).then(
      (bitmap) => {
        if (this.video !== video) return bitmap.close()
        this.enqueue({ id: this.nextId++, image: bitmap, timestampMs })
      },
      () => undefined, // the video had no frame to give (it was just stopped): nothing to track
    )
  }

  private enqueue(frame: PendingFrame): void {
    const now = this.slot.offer(frame)
    if (now) this.send(now)
  }

  private send(frame: PendingFrame): void {
    const request: WorkerRequest = { type: 'frame', id: frame.id, image: frame.image, timestampMs: frame.timestampMs }
    const transfer: Transferable[] = [frame.image]
    if (this.recycled) {
      request.recycled = this.recycled
      transfer.push(this.recycled)
      this.recycled = undefined
    }
    this.sentAtMs = performance.now()
    this.worker?.postMessage(request, transfer)
  }

  private handle(message: WorkerResponse): void {
    if (message.type === 'ready' || (message.type === 'error' && message.id === undefined)) return
    if (message.type === 'error') {
      this.sendNext()
      // One bad frame is skipped; a model that fails on every frame is a failure to report.
      if (++this.consecutiveErrors >= FAILED_AFTER_ERRORS) {
        this.detach()
        this.status = 'failed'
        this.onFailure?.(message.message)
      }
      return
    }
    this.consecutiveErrors = 0
    this.stats.framesCompleted++
    const frame = this.frame
    frame.tracked = message.tracked
    frame.faceCount = message.faceCount
    frame.timestampMs = message.timestampMs
    frame.inferenceMs = message.inferenceMs
    frame.latencyMs = performance.now() - message.timestampMs
    if (message.tracked) {
      this.stats.framesTracked++
      const packed = new Float32Array(message.packed, 0, PACKED_FLOATS)
      frame.landmarks.set(packed.subarray(0, PACKED_TRANSFORM_OFFSET))
      frame.transform.set(packed.subarray(PACKED_TRANSFORM_OFFSET, PACKED_BLENDSHAPES_OFFSET))
      frame.blendshapes.set(packed.subarray(PACKED_BLENDSHAPES_OFFSET))
    }
    this.recycled = message.packed
    this.stats.inferenceMs = frame.inferenceMs
    this.stats.latencyMs = frame.latencyMs
    if (message.bitmap) {
      if (this.onFrameImage && this.video) this.onFrameImage(message.bitmap)
      else message.bitmap.close()
    }
    for (const listener of this.listeners) listener(frame)
    // Listeners may have started GPU work for this result (a redraw); a gate lets it finish first.
    const gate = this.sendGate?.()
    if (gate) void gate.then(this.sendNext)
    else this.sendNext()
  }

  private readonly sendNext = (): void => {
    // The worker can take a frame only now (after the send gate, if any): the pacer counts that
    // wait as busy time too, or it would capture every camera frame meanwhile, each replacing the last.
    this.pacer.completed(performance.now(), this.sentAtMs)
    const next = this.slot.complete()
    if (next) this.send(next)
  }
}
