import { createAnchorPoses } from '../core/face/computeAnchors'
import { FacePoseChain } from '../core/face/FacePoseChain'
import { FacePresence } from '../core/face/FacePresence'
import {
  BLENDSHAPE_COUNT,
  LANDMARK_COUNT,
  MEDIAPIPE_VERTICAL_FOV_DEG,
  type FaceFrame,
  type FaceResult,
  type TrackingCamera,
} from '../core/face/types'
import type { PoseFilterParams } from '../core/filters/PoseFilter'
import type { CameraStatus } from '../core/session/cameraStatus'
import type { TrackerPhase } from '../core/session/shopperStatus'
import { CameraSource, type CameraSourceOptions } from './CameraSource'
import { FaceTracker, type FaceTrackerOptions } from './FaceTracker'

export interface FaceSessionOptions extends FaceTrackerOptions {
  camera?: CameraSourceOptions
  /** Pose smoothing parameters (see poseFilterDefaults for what each trades off). */
  smoothing?: Partial<PoseFilterParams>
}

export interface FaceSessionState {
  camera: CameraStatus
  cameraDetail: string | undefined
  tracker: TrackerPhase
  trackerError: string | undefined
  facePresent: boolean
}

type ResultListener = (result: FaceResult, frame: FaceFrame) => void
type StateListener = (state: FaceSessionState) => void

/**
 * The camera, the face tracker and the smoothing, wired together: the imperative shell around
 * core/face. Emits one reused {@link FaceResult} per tracker result and a small state object for
 * the screens. Loads the model while the shopper answers the camera prompt.
 */
export class FaceSession {
  readonly camera: CameraSource
  readonly tracker: FaceTracker
  readonly result: FaceResult = {
    tracked: false,
    faceCount: 0,
    timestampMs: 0,
    poseMatrix: new Float64Array(16),
    anchors: createAnchorPoses(),
    blendshapes: new Float32Array(BLENDSHAPE_COUNT),
    landmarks: new Float32Array(LANDMARK_COUNT * 3),
  }
  readonly trackingCamera: TrackingCamera = { verticalFovDeg: MEDIAPIPE_VERTICAL_FOV_DEG, aspect: 4 / 3 }
  state: FaceSessionState = { camera: 'idle', cameraDetail: undefined, tracker: 'idle', trackerError: undefined, facePresent: false }

  private readonly poseChain: FacePoseChain
  private readonly presence = new FacePresence()
  /** Set while a held pose is shown: its anchors come from the pose alone (no landmarks). */
  private holding = false
  private readonly resultListeners = new Set<ResultListener>()
  private readonly stateListeners = new Set<StateListener>()

  constructor(options: FaceSessionOptions = {}) {
    this.camera = new CameraSource(options.camera)
    this.tracker = new FaceTracker(options)
    this.poseChain = new FacePoseChain(options.smoothing)
    this.camera.subscribe((camera, cameraDetail) => {
      if (camera === 'running' && this.tracker.status === 'running') this.tracker.attach(this.camera.video)
      else this.lose()
      this.update({ camera, cameraDetail })
    })
    // While a pose is held, late results of frames already in the worker must not move it.
    this.tracker.onFailure = (message) => {
      this.tracker.stop()
      this.lose()
      this.update({ tracker: 'failed', trackerError: message })
    }
    this.tracker.subscribe((frame) => {
      if (!this.holding) this.onFrame(frame)
    })
  }

  subscribe(listener: ResultListener): () => void {
    this.resultListeners.add(listener)
    return () => this.resultListeners.delete(listener)
  }

  subscribeState(listener: StateListener): () => void {
    this.stateListeners.add(listener)
    return () => this.stateListeners.delete(listener)
  }

  /** Opens the camera and loads the tracker at the same time. */
  async start(): Promise<void> {
    await Promise.all([this.camera.start(), this.startTracker()])
  }

  /** Retries whatever failed (the camera, the tracker, or both). */
  async retry(): Promise<void> {
    const work: Promise<unknown>[] = []
    if (this.state.camera !== 'running') work.push(this.camera.start())
    if (this.state.tracker === 'failed' || this.state.tracker === 'idle') work.push(this.startTracker())
    await Promise.all(work)
  }

  /** Stops the camera (its track ends) and the tracker. */
  stop(): void {
    this.camera.stop()
    this.tracker.stop()
    this.lose()
    this.update({ tracker: 'idle' })
  }

  /**
   * Stops following the camera and holds the face in a given pose (column-major canonical face →
   * camera matrix, cm): a still for product shots, and how tests turn a head that a photo cannot.
   * `resume()` follows the camera again.
   */
  holdPose(matrix: ArrayLike<number>): void {
    this.tracker.detach()
    this.poseChain.resetPose()
    this.holding = true
    const frame = this.tracker.frame
    for (let i = 0; i < 16; i++) frame.transform[i] = matrix[i] ?? 0
    frame.tracked = true
    frame.faceCount = 1
    frame.timestampMs = performance.now()
    this.onFrame(frame)
  }

  /** Follows the camera again after {@link holdPose}. */
  resume(): void {
    this.holding = false
    this.poseChain.resetAnchors()
    if (this.camera.status === 'running' && this.tracker.status === 'running') this.tracker.attach(this.camera.video)
  }

  private async startTracker(): Promise<void> {
    this.update({ tracker: 'starting', trackerError: undefined })
    try {
      await this.tracker.start()
      this.update({ tracker: 'running' })
      if (this.camera.status === 'running') this.tracker.attach(this.camera.video)
    } catch (error) {
      this.tracker.stop()
      this.update({ tracker: 'failed', trackerError: error instanceof Error ? error.message : String(error) })
    }
  }

  private readonly onFrame = (frame: FaceFrame): void => {
    const video = this.camera.video
    if (video.videoWidth > 0) this.trackingCamera.aspect = video.videoWidth / video.videoHeight
    const result = this.result
    const wasPresent = this.presence.present
    const present = this.presence.update(frame.tracked)
    result.faceCount = frame.faceCount
    result.timestampMs = frame.timestampMs
    if (frame.tracked) {
      this.poseChain.update(frame.transform, this.holding ? undefined : frame.landmarks, this.trackingCamera, frame.timestampMs / 1000, result)
      result.blendshapes.set(frame.blendshapes)
      result.landmarks.set(frame.landmarks)
    }
    if (!present) {
      this.poseChain.reset() // a face that comes back snaps in place instead of sliding
    }
    result.tracked = present
    if (present !== wasPresent) this.update({ facePresent: present })
    for (const listener of this.resultListeners) listener(result, frame)
  }

  private lose(): void {
    this.tracker.detach()
    this.presence.reset()
    this.poseChain.reset()
    this.result.tracked = false
    if (this.state.facePresent) this.update({ facePresent: false })
  }

  private update(patch: Partial<FaceSessionState>): void {
    this.state = { ...this.state, ...patch }
    for (const listener of this.stateListeners) listener(this.state)
  }
}
