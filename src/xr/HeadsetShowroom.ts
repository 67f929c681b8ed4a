import type { ProductManifest } from '../core/catalog/types'
import { DwellTracker } from '../core/signals/dwell'
import type { DwellEvent, GazeSample } from '../core/signals/dwellTypes'
import { gazeSourceConfidence, HEAD_GAZE_CONFIDENCE } from '../core/xr/gazeSourceConfidence'
import { layoutProductWall, rayHitsWall, type ProductWall } from '../core/xr/productWall'
import { ShowroomScene } from './ShowroomScene'
import { forwardOf } from './xrGazeRay'

export type HeadsetStatus = 'idle' | 'starting' | 'running' | 'ended' | 'failed'

export interface HeadsetShowroomOptions {
  /** Dwell events from headset gaze; only called while `trackGaze()` is true (gaze consent). */
  onDwell: (event: DwellEvent) => void
  onStatus: (status: HeadsetStatus, message?: string) => void
  /** The tile being looked at changed (null: none). */
  onLookingAt?: (id: string | null) => void
  /** Read every frame: whether the shopper allows gaze to be followed right now. */
  trackGaze: () => boolean
}

/**
 * An immersive session showing the products on a wall; gaze from the headset (eye tracking,
 * transient pointers at pinch time, or head gaze when the runtime offers nothing better) becomes
 * dwell on the tiles, the same events camera gaze gives. Thin: layout, hit test and dwell are core.
 */
export class HeadsetShowroom {
  readonly wall: ProductWall
  private session: XRSession | undefined
  private scene: ShowroomScene | undefined
  private readonly dwell = new DwellTracker()
  private readonly sample: GazeSample = { x: 0, y: 0, confidence: 0, timestampSec: 0 }
  private readonly origin = new Float64Array(3)
  private readonly direction = new Float64Array(3)
  private readonly hit = new Float64Array(2)
  private lookingAt: string | null = null
  /** Which input drove the last sample: 'eye', 'head' or 'none'. */
  gazeSource: 'eye' | 'head' | 'none' = 'none'

  constructor(private readonly products: readonly ProductManifest[], private readonly options: HeadsetShowroomOptions) {
    this.wall = layoutProductWall(products.map((p) => p.id))
  }

  get running(): boolean {
    return this.session !== undefined
  }

  /** Starts the session; call from a click (browsers need a user gesture). */
  async enter(): Promise<void> {
    const xr = (navigator as Navigator & { xr?: XRSystem }).xr
    if (!xr) return this.fail('This browser has no WebXR support.')
    this.options.onStatus('starting')
    let session: XRSession
    try {
      // Eye tracking where the runtime offers it (spelled two ways across runtimes); optional, so
      // a headset without it still starts with head gaze.
      session = await xr.requestSession('immersive-vr', { optionalFeatures: ['local', 'eye-tracking', 'gaze-tracking'] })
    } catch (error) {
      return this.fail(`The headset session did not start: ${error instanceof Error ? error.message : String(error)}`)
    }
    this.session = session
    session.addEventListener('end', this.onEnd)
    try {
      this.scene = new ShowroomScene(this.products, this.wall)
      await this.scene.start(session, this.onFrame)
    } catch (error) {
      await session.end().catch(() => {})
      return this.fail(`The headset view could not be drawn: ${error instanceof Error ? error.message : String(error)}`)
    }
    this.options.onStatus('running')
  }

  /** Ends the session (the shopper pressed Exit, or withdrew consent). */
  async exit(): Promise<void> {
    await this.session?.end().catch(() => {})
  }

  private fail(message: string): void {
    this.options.onStatus('failed', message)
  }

  private readonly onEnd = (): void => {
    this.dwell.reset()
    this.scene?.dispose()
    this.scene = undefined
    this.session = undefined
    this.setLookingAt(null)
    this.options.onStatus('ended')
  }

  private readonly onFrame = (timeMs: number, frame: XRFrame, space: XRReferenceSpace): void => {
    if (!this.options.trackGaze()) {
      this.dwell.reset() // gaze consent withdrawn mid-look: nothing of it is reported
      this.setLookingAt(null)
      return
    }
    let confidence = 0
    for (const source of frame.session.inputSources) {
      const c = gazeSourceConfidence(source)
      if (c <= confidence) continue
      const pose = frame.getPose(source.targetRaySpace, space)
      if (!pose) continue
      this.readRay(pose.transform)
      confidence = c
    }
    if (confidence === 0) {
      const viewer = frame.getViewerPose(space)
      if (!viewer) return
      this.readRay(viewer.transform)
      confidence = HEAD_GAZE_CONFIDENCE
      this.gazeSource = 'head'
    } else {
      this.gazeSource = confidence > HEAD_GAZE_CONFIDENCE ? 'eye' : 'head'
    }
    if (!rayHitsWall(this.origin, this.direction, this.wall, this.hit)) return
    this.sample.x = this.hit[0]!
    this.sample.y = this.hit[1]!
    this.sample.confidence = confidence
    this.sample.timestampSec = timeMs / 1000
    const ended = this.dwell.update(this.sample, this.wall.tiles)
    if (ended) this.options.onDwell(ended)
    this.setLookingAt(this.dwell.currentTileId)
  }

  private readRay(transform: XRRigidTransform): void {
    const p = transform.position
    this.origin[0] = p.x
    this.origin[1] = p.y
    this.origin[2] = p.z
    forwardOf(transform.orientation, this.direction)
  }

  private setLookingAt(id: string | null): void {
    if (id === this.lookingAt) return
    this.lookingAt = id
    this.scene?.highlight(id)
    this.options.onLookingAt?.(id)
  }
}
