import { ANCHOR_DEFINITIONS } from './anchorDefinitions'
import { projectToUv } from './projectToUv'
import { ANCHOR_NAMES, type AnchorName, type AnchorPose, type TrackingCamera } from './types'

/** Allocates the record `computeAnchorPoses` writes into; call once and reuse it every frame. */
export function createAnchorPoses(): Record<AnchorName, AnchorPose> {
  const poses = {} as Record<AnchorName, AnchorPose>
  for (const name of ANCHOR_NAMES) {
    poses[name] = {
      position: new Float64Array(3),
      quaternion: new Float64Array([0, 0, 0, 1]),
      uv: new Float64Array(2),
    }
  }
  return poses
}

// Scratch for the head rotation, shared by every anchor of a frame (the hot path allocates nothing).
const rotation = new Float64Array(9) // row-major 3x3
const headQuaternion = new Float64Array(4)

/**
 * Writes every anchor's camera-space pose and image position into `out`, in place.
 *
 * @param transform MediaPipe's facial transformation matrix, column-major 4x4, canonical face (cm) →
 *   camera space (cm). It may carry a uniform scale (Procrustes fit); positions keep it, the
 *   quaternion does not.
 * @param landmarks the same face's landmarks, flat x, y, z (normalised image, not mirrored); 468 or
 *   478 of them. Anchors defined by landmarks take their uv from here.
 * @param camera the camera MediaPipe assumed (vertical FOV 63°, the video's aspect), used to project
 *   anchors that have no landmark.
 * @param out a record from `createAnchorPoses`.
 */
export function computeAnchorPoses(
  transform: ArrayLike<number>,
  landmarks: ArrayLike<number>,
  camera: TrackingCamera,
  out: Record<AnchorName, AnchorPose>,
): void {
  const m = transform
  extractRotation(m, rotation)
  quaternionFromRotation(rotation, headQuaternion)
  for (let a = 0; a < ANCHOR_NAMES.length; a++) {
    const name = ANCHOR_NAMES[a]!
    const def = ANCHOR_DEFINITIONS[name]
    const pose = out[name]
    const c = def.canonicalCm
    const x = c[0], y = c[1], z = c[2]
    const p = pose.position
    p[0] = at(m, 0) * x + at(m, 4) * y + at(m, 8) * z + at(m, 12)
    p[1] = at(m, 1) * x + at(m, 5) * y + at(m, 9) * z + at(m, 13)
    p[2] = at(m, 2) * x + at(m, 6) * y + at(m, 10) * z + at(m, 14)
    pose.quaternion.set(headQuaternion)
    if (!uvFromLandmarks(def.uvLandmarks, landmarks, pose.uv)) projectToUv(p, camera, pose.uv)
  }
}

const at = (a: ArrayLike<number>, i: number): number => a[i] ?? 0

/** Averages the image position of `indices`; false when there are none or the array is too short. */
function uvFromLandmarks(indices: readonly number[], landmarks: ArrayLike<number>, uv: Float64Array): boolean {
  const count = indices.length
  if (count === 0) return false
  let u = 0
  let v = 0
  for (let k = 0; k < count; k++) {
    const i = 3 * (indices[k] ?? 0)
    if (i + 1 >= landmarks.length) return false
    u += at(landmarks, i)
    v += at(landmarks, i + 1)
  }
  uv[0] = u / count
  uv[1] = v / count
  return true
}

/** Upper 3x3 of a column-major 4x4 with each column normalised, i.e. scale removed; row-major out. */
function extractRotation(m: ArrayLike<number>, r: Float64Array): void {
  for (let col = 0; col < 3; col++) {
    const a = at(m, 4 * col)
    const b = at(m, 4 * col + 1)
    const c = at(m, 4 * col + 2)
    const len = Math.hypot(a, b, c) || 1
    r[col] = a / len
    r[3 + col] = b / len
    r[6 + col] = c / len
  }
}

/**
 * Unit quaternion [x, y, z, w] of a row-major rotation matrix, branching on the largest diagonal
 * term for precision (Shoemake, "Quaternion calculus and fast animation", 1987; as three.js's
 * `Quaternion.setFromRotationMatrix`).
 */
function quaternionFromRotation(r: Float64Array, q: Float64Array): void {
  const m00 = r[0]!, m01 = r[1]!, m02 = r[2]!
  const m10 = r[3]!, m11 = r[4]!, m12 = r[5]!
  const m20 = r[6]!, m21 = r[7]!, m22 = r[8]!
  const trace = m00 + m11 + m22
  if (trace > 0) {
    const s = 0.5 / Math.sqrt(trace + 1)
    q[0] = (m21 - m12) * s
    q[1] = (m02 - m20) * s
    q[2] = (m10 - m01) * s
    q[3] = 0.25 / s
  } else if (m00 > m11 && m00 > m22) {
    const s = 2 * Math.sqrt(1 + m00 - m11 - m22)
    q[0] = 0.25 * s
    q[1] = (m01 + m10) / s
    q[2] = (m02 + m20) / s
    q[3] = (m21 - m12) / s
  } else if (m11 > m22) {
    const s = 2 * Math.sqrt(1 + m11 - m00 - m22)
    q[0] = (m01 + m10) / s
    q[1] = 0.25 * s
    q[2] = (m12 + m21) / s
    q[3] = (m02 - m20) / s
  } else {
    const s = 2 * Math.sqrt(1 + m22 - m00 - m11)
    q[0] = (m02 + m20) / s
    q[1] = (m12 + m21) / s
    q[2] = 0.25 * s
    q[3] = (m10 - m01) / s
  }
  // Fitted matrices are only nearly orthonormal: renormalise so consumers get a unit quaternion.
  const len = Math.hypot(q[0]!, q[1]!, q[2]!, q[3]!) || 1
  for (let i = 0; i < 4; i++) q[i] = q[i]! / len
}
