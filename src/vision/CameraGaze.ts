import { CameraGazeEstimator, type ViewportInScreen } from '../core/gaze/CameraGazeEstimator'
import { GazeCalibration } from '../core/gaze/GazeCalibration'
import type { GazeCalibrationFit, ScreenGeometry } from '../core/gaze/types'
import { DwellTracker } from '../core/signals/dwell'
import type { DwellEvent, DwellTile, GazeSample } from '../core/signals/dwellTypes'
import type { FaceFrame, FaceResult } from '../core/face/types'
import type { FaceSession } from './FaceSession'

export type GazeSampleListener = (sample: GazeSample | null) => void
export type DwellListener = (event: DwellEvent) => void

/**
 * Camera gaze for the page: follows a {@link FaceSession}'s results, estimates where the shopper
 * looks (core/gaze), and turns it into dwell on the product tiles it is given (core/signals).
 * Thin: the page geometry comes in through `setTiles`/`updateViewport`, decisions live in core.
 * Nothing leaves the page.
 */
export class CameraGaze {
  readonly estimator: CameraGazeEstimator
  private readonly dwell = new DwellTracker()
  private tiles: readonly DwellTile[] = []
  private calibration: GazeCalibration | undefined
  private unsubscribe: (() => void) | undefined
  private readonly sampleListeners = new Set<GazeSampleListener>()
  private readonly dwellListeners = new Set<DwellListener>()
  private readonly eyesCentre = new Float64Array(3)
  /** The tile being looked at, or null. */
  lookingAt: string | null = null

  constructor(private readonly session: FaceSession, screen?: ScreenGeometry) {
    this.estimator = new CameraGazeEstimator(screen)
  }

  get running(): boolean {
    return this.unsubscribe !== undefined
  }

  start(): void {
    if (this.unsubscribe) return
    this.updateViewport()
    this.unsubscribe = this.session.subscribe(this.onResult)
    window.addEventListener('resize', this.updateViewport)
  }

  /** Stops following the face and forgets the current look (consent withdrawn). */
  stop(): void {
    this.unsubscribe?.()
    this.unsubscribe = undefined
    window.removeEventListener('resize', this.updateViewport)
    this.estimator.reset()
    this.dwell.reset()
    this.lookingAt = null
    this.calibration = undefined
    for (const listener of this.sampleListeners) listener(null)
  }

  /** The tiles dwell is measured on, in viewport-normalised coordinates (0..1, top-left). */
  setTiles(tiles: readonly DwellTile[]): void {
    this.tiles = tiles
  }

  onSample(listener: GazeSampleListener): () => void {
    this.sampleListeners.add(listener)
    return () => this.sampleListeners.delete(listener)
  }

  onDwell(listener: DwellListener): () => void {
    this.dwellListeners.add(listener)
    return () => this.dwellListeners.delete(listener)
  }

  /** Starts a calibration: call `calibrationDot` for each dot shown, then `finishCalibration`. */
  beginCalibration(): void {
    this.calibration = new GazeCalibration()
  }

  /** The dot now shown, in viewport-normalised coordinates; following samples count for it. */
  calibrationDot(x: number, y: number): void {
    this.calibration?.beginDot(x, y)
  }

  /** Fits and applies the calibration; throws GazeCalibrationError with the reason when it cannot. */
  finishCalibration(): GazeCalibrationFit {
    const calibration = this.calibration
    this.calibration = undefined
    if (!calibration) throw new Error('vitrine: finishCalibration() without beginCalibration()')
    const fit = calibration.fit()
    this.estimator.setCalibration(fit)
    return fit
  }

  cancelCalibration(): void {
    this.calibration = undefined
  }

  /** Where the page sits on the screen (window moved or resized). */
  readonly updateViewport = (): void => {
    const s = window.screen
    if (!(s.width > 0 && s.height > 0)) return
    const chromeTop = Math.max(0, window.outerHeight - window.innerHeight)
    const viewport: ViewportInScreen = {
      left: (window.screenX + Math.max(0, window.outerWidth - window.innerWidth) / 2) / s.width,
      top: (window.screenY + chromeTop) / s.height,
      width: window.innerWidth / s.width,
      height: window.innerHeight / s.height,
    }
    this.estimator.setViewport(viewport)
  }

  private readonly onResult = (result: FaceResult, frame: FaceFrame): void => {
    const timestampSec = result.timestampMs / 1000
    let sample: GazeSample | null = null
    if (result.tracked && frame.tracked) {
      this.eyesCentre.set(result.anchors.noseBridge.position)
      sample = this.estimator.estimate({
        landmarks: result.landmarks,
        pose: result.poseMatrix,
        eyesCentre: this.eyesCentre,
        aspect: this.session.trackingCamera.aspect,
        timestampSec,
      })
    } else if (!result.tracked) {
      // The face left: the look it was giving ends here.
      this.estimator.reset()
      const ended = this.dwell.flush()
      if (ended) for (const listener of this.dwellListeners) listener(ended)
      this.lookingAt = null
    }
    if (sample) {
      this.calibration?.addSample(this.estimator.uncalibrated[0]!, this.estimator.uncalibrated[1]!)
      const ended = this.dwell.update(sample, this.tiles)
      if (ended) for (const listener of this.dwellListeners) listener(ended)
      this.lookingAt = this.dwell.currentTileId
    }
    for (const listener of this.sampleListeners) listener(sample)
  }
}
