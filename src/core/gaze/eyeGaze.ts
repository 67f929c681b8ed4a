import { EYE_PITCH_GAIN_RAD, EYE_YAW_GAIN_RAD, LEFT_EYE, RIGHT_EYE } from './gazeDefaults'
import type { EyeGaze } from './types'

type EyeIndices = typeof RIGHT_EYE | typeof LEFT_EYE

// Per-eye scratch written by irisOffset: [horizontal, vertical, openness].
const scratch = new Float64Array(3)

/**
 * Iris offset of one eye in its own frame: along the corner-to-corner axis (so head roll does not
 * read as eye movement), in units of half the eye's width; image x is scaled by `aspect` so both
 * axes are in the same unit. Writes [horizontal (+ image right), vertical (+ image down), openness].
 */
function irisOffset(landmarks: ArrayLike<number>, eye: EyeIndices, aspect: number, out: Float64Array): void {
  const ax = landmarks[eye.leftCorner * 3]! * aspect
  const ay = landmarks[eye.leftCorner * 3 + 1]!
  const bx = landmarks[eye.rightCorner * 3]! * aspect
  const by = landmarks[eye.rightCorner * 3 + 1]!
  const ux = bx - ax
  const uy = by - ay
  const width = Math.hypot(ux, uy)
  if (!(width > 0)) {
    out[0] = 0
    out[1] = 0
    out[2] = 0
    return
  }
  const half = width / 2
  const cx = landmarks[eye.iris * 3]! * aspect - (ax + bx) / 2
  const cy = landmarks[eye.iris * 3 + 1]! - (ay + by) / 2
  // Unit axis u = (ux, uy) / width; its normal v = (−uy, ux) / width points down the image.
  out[0] = (cx * ux + cy * uy) / width / half
  out[1] = (-cx * uy + cy * ux) / width / half
  const lidX = (landmarks[eye.lowerLid * 3]! - landmarks[eye.upperLid * 3]!) * aspect
  const lidY = landmarks[eye.lowerLid * 3 + 1]! - landmarks[eye.upperLid * 3 + 1]!
  out[2] = Math.hypot(lidX, lidY) / width
}

/**
 * Gaze direction from the head pose plus where the irises sit in the eyes (MediaPipe's 478
 * landmarks). `pose` is the column-major canonical-face → camera matrix; the face looks along
 * its +Z column. Writes into `out` and returns it; allocates nothing.
 *
 * @param aspect the video's width / height (landmarks are normalised per axis).
 */
export function eyeGaze(landmarks: ArrayLike<number>, pose: ArrayLike<number>, aspect: number, out: EyeGaze): EyeGaze {
  const fx = pose[8]!
  const fy = pose[9]!
  const fz = pose[10]!
  out.headYawRad = Math.atan2(fx, fz)
  out.headPitchRad = Math.atan2(fy, Math.hypot(fx, fz))
  irisOffset(landmarks, RIGHT_EYE, aspect, scratch)
  let horizontal = scratch[0]!
  let vertical = scratch[1]!
  let openness = scratch[2]!
  irisOffset(landmarks, LEFT_EYE, aspect, scratch)
  horizontal = (horizontal + scratch[0]!) / 2
  vertical = (vertical + scratch[1]!) / 2
  openness = (openness + scratch[2]!) / 2
  out.yawRad = out.headYawRad + EYE_YAW_GAIN_RAD * horizontal
  out.pitchRad = out.headPitchRad - EYE_PITCH_GAIN_RAD * vertical
  out.openness = openness
  return out
}

/** An EyeGaze to write into. */
export function createEyeGaze(): EyeGaze {
  return { yawRad: 0, pitchRad: 0, openness: 0, headYawRad: 0, headPitchRad: 0 }
}
