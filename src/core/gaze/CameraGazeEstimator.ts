import { OneEuroVectorFilter } from '../filters/OneEuroVectorFilter'
import type { GazeSample } from '../signals/dwellTypes'
import { eyeGaze, createEyeGaze } from './eyeGaze'
import { gazeConfidence } from './gazeConfidence'
import { DEFAULT_SCREEN_GEOMETRY, GAZE_BETA, GAZE_MIN_CUTOFF_HZ } from './gazeDefaults'
import { gazeOnScreen } from './gazeOnScreen'
import { applyGazeCalibration } from './GazeCalibration'
import type { EyeGaze, GazeCalibrationFit, ScreenGeometry } from './types'

/** The part of the screen the page occupies, in normalised screen units (0..1). */
export interface ViewportInScreen {
  left: number
  top: number
  width: number
  height: number
}

const FULL_SCREEN: ViewportInScreen = { left: 0, top: 0, width: 1, height: 1 }

/** One tracked face, as the vision layer has it. */
export interface GazeFaceInput {
  /** 478 landmarks, flat x, y, z, normalised image coordinates (not mirrored). */
  landmarks: ArrayLike<number>
  /** Column-major canonical face → camera matrix (cm). */
  pose: ArrayLike<number>
  /** A point between the eyes in camera space, cm (e.g. the nose-bridge anchor). */
  eyesCentre: ArrayLike<number>
  /** Video width / height. */
  aspect: number
  timestampSec: number
}

/**
 * Camera gaze, end to end in pure code: eye gaze from the face → the ray's hit on the screen →
 * the page's viewport → the shopper's calibration → 1€ smoothing, with a confidence. The result
 * is the {@link GazeSample} the dwell tracker takes, in viewport coordinates (0..1, top-left).
 * One estimator per shopper; `estimate` reuses its objects and allocates nothing.
 */
export class CameraGazeEstimator {
  /** The last raw (uncalibrated, unsmoothed) viewport point, for calibration. */
  readonly uncalibrated = new Float64Array(2)
  /** The last eye gaze, for diagnostics. */
  readonly eyes: EyeGaze = createEyeGaze()
  private readonly sample: GazeSample = { x: 0, y: 0, confidence: 0, timestampSec: 0 }
  private readonly point = new Float64Array(2)
  private readonly smoother = new OneEuroVectorFilter(2, { minCutoffHz: GAZE_MIN_CUTOFF_HZ, beta: GAZE_BETA })
  private screen: ScreenGeometry
  private viewport: ViewportInScreen = FULL_SCREEN
  private fit: GazeCalibrationFit | undefined

  constructor(screen: ScreenGeometry = DEFAULT_SCREEN_GEOMETRY) {
    this.screen = screen
  }

  /** The last smoothed sample (what dwell and the screens use). */
  get last(): Readonly<GazeSample> {
    return this.sample
  }

  get calibration(): GazeCalibrationFit | undefined {
    return this.fit
  }

  setScreen(screen: ScreenGeometry): void {
    this.screen = screen
  }

  /** Where the page sits on the screen; the gaze is reported relative to it. */
  setViewport(viewport: ViewportInScreen): void {
    this.viewport = viewport.width > 0 && viewport.height > 0 ? viewport : FULL_SCREEN
  }

  setCalibration(fit: GazeCalibrationFit | undefined): void {
    this.fit = fit
    this.smoother.reset()
  }

  /** Forget the smoothing (the face was lost). */
  reset(): void {
    this.smoother.reset()
  }

  /**
   * The gaze for one tracked face, or null when it points away from the screen. The returned
   * sample is reused: read it before the next call.
   */
  estimate(face: GazeFaceInput): GazeSample | null {
    eyeGaze(face.landmarks, face.pose, face.aspect, this.eyes)
    if (!gazeOnScreen(face.eyesCentre, this.eyes, this.screen, this.point)) return null
    const v = this.viewport
    this.point[0] = (this.point[0]! - v.left) / v.width
    this.point[1] = (this.point[1]! - v.top) / v.height
    this.uncalibrated.set(this.point)
    if (this.fit) applyGazeCalibration(this.fit, this.point)
    this.smoother.filter(this.point, face.timestampSec, this.point)
    this.sample.x = this.point[0]!
    this.sample.y = this.point[1]!
    this.sample.confidence = gazeConfidence(this.eyes, this.fit?.rmsError)
    this.sample.timestampSec = face.timestampSec
    return this.sample
  }
}
