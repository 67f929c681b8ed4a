import { OneEuroVectorFilter } from '../filters/OneEuroVectorFilter'
import { ANCHOR_DEFINITIONS } from './anchorDefinitions'
import { ANCHOR_NAMES, type AnchorName, type AnchorPose, type TrackingCamera } from './types'

/**
 * Cutoff of the low-pass on each anchor's residual, Hz. The residual (where the landmark is
 * against where the fitted canonical face puts it) is a slow, systematic fitting error, so a low
 * cutoff removes landmark noise. It also takes up what the pose filter's smoothing leaves behind
 * on a moving head, so too low a cutoff lets the glasses slide off the landmark: on the recorded
 * test videos (5.7 results/s) 0.5 / 0.6 / 0.75 Hz gave still jitter 0.22 / 0.23 / 0.25% IOD and
 * moving error p95 3.7 / 3.2 / 2.8% (see poseFilterDefaults). 0.6 Hz settles in about a second.
 */
export const ANCHOR_RESIDUAL_CUTOFF_HZ = 0.6

const DEG_TO_RAD = Math.PI / 180

/**
 * Moves landmark-based anchors onto their landmarks. MediaPipe's facial transformation matrix is a
 * best fit of a canonical face to all landmarks, so on a given face its nose bridge sits a few
 * pixels off the detected one (≈7% of the interocular distance on the test portrait). The anchor
 * keeps the smoothed head's depth and rotation; only the image-plane residual is added, expressed
 * in head space and low-passed, so it follows the head but not the landmark noise.
 */
export class AnchorRefiner {
  private readonly filters = new Map<AnchorName, OneEuroVectorFilter>()
  private readonly residualCamera = new Float64Array(3)
  private readonly residualHead = new Float64Array(3)
  private readonly smoothed = new Float64Array(3)

  constructor(cutoffHz = ANCHOR_RESIDUAL_CUTOFF_HZ) {
    for (const name of ANCHOR_NAMES) {
      if (ANCHOR_DEFINITIONS[name].uvLandmarks.length > 0) {
        this.filters.set(name, new OneEuroVectorFilter(3, { minCutoffHz: cutoffHz, beta: 0 }))
      }
    }
  }

  /** Corrects `anchors` in place (positions from `computeAnchorPoses`, uv from the landmarks). */
  refine(anchors: Record<AnchorName, AnchorPose>, camera: TrackingCamera, timestampSec: number): void {
    const tanHalf = Math.tan(0.5 * camera.verticalFovDeg * DEG_TO_RAD)
    for (const [name, filter] of this.filters) {
      const { position: p, quaternion: q, uv } = anchors[name]
      const depth = -p[2]!
      if (!(depth > 0) || Number.isNaN(uv[0]!)) continue
      // The point at the anchor's depth that projects onto the landmark (inverse of projectToUv).
      const halfHeight = depth * tanHalf
      this.residualCamera[0] = (2 * uv[0]! - 1) * halfHeight * camera.aspect - p[0]!
      this.residualCamera[1] = (1 - 2 * uv[1]!) * halfHeight - p[1]!
      this.residualCamera[2] = 0
      rotateByQuaternion(q, this.residualCamera, this.residualHead, true)
      filter.filter(this.residualHead, timestampSec, this.smoothed)
      rotateByQuaternion(q, this.smoothed, this.residualCamera, false)
      p[0] = p[0]! + this.residualCamera[0]!
      p[1] = p[1]! + this.residualCamera[1]!
      p[2] = p[2]! + this.residualCamera[2]!
    }
  }

  reset(): void {
    for (const filter of this.filters.values()) filter.reset()
  }
}

/** out = q · v (or q⁻¹ · v when `inverse`), for a unit quaternion [x, y, z, w]. */
function rotateByQuaternion(q: ArrayLike<number>, v: ArrayLike<number>, out: Float64Array, inverse: boolean): void {
  const s = inverse ? -1 : 1
  const qx = s * q[0]!, qy = s * q[1]!, qz = s * q[2]!, qw = q[3]!
  const vx = v[0]!, vy = v[1]!, vz = v[2]!
  // t = 2 · (q.xyz × v); v' = v + w·t + q.xyz × t
  const tx = 2 * (qy * vz - qz * vy)
  const ty = 2 * (qz * vx - qx * vz)
  const tz = 2 * (qx * vy - qy * vx)
  out[0] = vx + qw * tx + (qy * tz - qz * ty)
  out[1] = vy + qw * ty + (qz * tx - qx * tz)
  out[2] = vz + qw * tz + (qx * ty - qy * tx)
}
