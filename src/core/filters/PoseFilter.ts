import { mat4Compose } from '../math/mat4Compose'
import { mat4Decompose } from '../math/mat4Decompose'
import type { NumericArray } from '../math/types'
import { ONE_EURO_MAX_GAP_SEC } from './oneEuroDefaults'
import { OneEuroQuaternionFilter } from './OneEuroQuaternionFilter'
import { OneEuroVectorFilter } from './OneEuroVectorFilter'
import {
  POSE_D_CUTOFF_HZ,
  POSE_POSITION_BETA,
  POSE_POSITION_MIN_CUTOFF_HZ,
  POSE_ROTATION_BETA,
  POSE_ROTATION_MIN_CUTOFF_HZ,
  POSE_SCALE_CUTOFF_HZ,
} from './poseFilterDefaults'

/** Tunables of {@link PoseFilter}; every field defaults to the constant of the same name. */
export interface PoseFilterParams {
  /** Default {@link POSE_POSITION_MIN_CUTOFF_HZ}. */
  positionMinCutoffHz: number
  /** Hz per cm/s. Default {@link POSE_POSITION_BETA}. */
  positionBeta: number
  /** Default {@link POSE_ROTATION_MIN_CUTOFF_HZ}. */
  rotationMinCutoffHz: number
  /** Hz per rad/s. Default {@link POSE_ROTATION_BETA}. */
  rotationBeta: number
  /** Default {@link POSE_D_CUTOFF_HZ}. */
  dCutoffHz: number
  /** Default {@link POSE_SCALE_CUTOFF_HZ}. */
  scaleCutoffHz: number
  /** Gap (s) after which the pose jumps instead of sliding. Default {@link ONE_EURO_MAX_GAP_SEC}. */
  maxGapSec: number
}

/**
 * Smooths a rigid head pose given as a column-major 4x4 (MediaPipe's facial transformation
 * matrix, `Float32Array` or `Float64Array`, possibly with a uniform scale). The matrix is split
 * into translation, rotation and scale because a 1€ filter (Casiez et al., CHI 2012) on raw
 * matrix entries would blend rotations linearly and shear the frames: translation goes through a
 * {@link OneEuroVectorFilter} (cm), rotation through a {@link OneEuroQuaternionFilter} (rad), and
 * scale through a plain low-pass; the result is recomposed into the caller's matrix.
 *
 * Call {@link PoseFilter.reset} when the face is lost. `filter` allocates nothing.
 */
export class PoseFilter {
  /** Filtered translation of the last output, cm (camera space). Overwritten on every call. */
  readonly position = new Float64Array(3)
  /** Filtered rotation of the last output, unit quaternion [x, y, z, w]. Overwritten every call. */
  readonly quaternion = new Float64Array([0, 0, 0, 1])
  /** Filtered per-axis scale of the last output. Overwritten on every call. */
  readonly scale = new Float64Array([1, 1, 1])

  private readonly positionFilter: OneEuroVectorFilter
  private readonly rotationFilter: OneEuroQuaternionFilter
  private readonly scaleFilter: OneEuroVectorFilter
  private readonly rawPosition = new Float64Array(3)
  private readonly rawQuaternion = new Float64Array(4)
  private readonly rawScale = new Float64Array(3)

  constructor(params: Partial<PoseFilterParams> = {}) {
    const dCutoffHz = params.dCutoffHz ?? POSE_D_CUTOFF_HZ
    const maxGapSec = params.maxGapSec ?? ONE_EURO_MAX_GAP_SEC
    this.positionFilter = new OneEuroVectorFilter(3, {
      minCutoffHz: params.positionMinCutoffHz ?? POSE_POSITION_MIN_CUTOFF_HZ,
      beta: params.positionBeta ?? POSE_POSITION_BETA,
      dCutoffHz,
      maxGapSec,
    })
    this.rotationFilter = new OneEuroQuaternionFilter({
      minCutoffHz: params.rotationMinCutoffHz ?? POSE_ROTATION_MIN_CUTOFF_HZ,
      beta: params.rotationBeta ?? POSE_ROTATION_BETA,
      dCutoffHz,
      maxGapSec,
    })
    this.scaleFilter = new OneEuroVectorFilter(3, {
      minCutoffHz: params.scaleCutoffHz ?? POSE_SCALE_CUTOFF_HZ,
      beta: 0,
      dCutoffHz,
      maxGapSec,
    })
  }

  /**
   * Filters the pose `matrix` (16 numbers, column-major) seen at `timestampSec` and writes the
   * smoothed pose into `out` (16 numbers, may be `matrix`). Returns `out`.
   */
  filter(matrix: ArrayLike<number>, timestampSec: number, out: NumericArray): NumericArray {
    // A corrupt matrix would decompose to an identity rotation and pull the glasses upright:
    // skip it and hold the previous pose instead.
    for (let i = 0; i < 16; i++) {
      if (!Number.isFinite(matrix[i])) return mat4Compose(out, this.position, this.quaternion, this.scale)
    }
    mat4Decompose(matrix, this.rawPosition, this.rawQuaternion, this.rawScale)
    this.positionFilter.filter(this.rawPosition, timestampSec, this.position)
    this.rotationFilter.filter(this.rawQuaternion, timestampSec, this.quaternion)
    this.scaleFilter.filter(this.rawScale, timestampSec, this.scale)
    return mat4Compose(out, this.position, this.quaternion, this.scale)
  }

  /** Forgets the history (call on face loss): the next pose is shown as measured. */
  reset(): void {
    this.positionFilter.reset()
    this.rotationFilter.reset()
    this.scaleFilter.reset()
  }
}
