import { LEFT_EYE, RIGHT_EYE } from '../../../../src/core/gaze/gazeDefaults'

export interface EyeOptions {
  /** Iris offset along the eye axis, in half eye widths (+ image right). */
  irisH?: number
  /** Iris offset across the eye axis, in half eye widths (+ image down). */
  irisV?: number
  /** Lid gap / eye width. */
  openness?: number
  /** Head roll in the image, radians. */
  rollRad?: number
}

/** 478 landmarks with only the eye points placed: two eyes 0.06 wide, centred at y 0.45. */
export function syntheticEyes({ irisH = 0, irisV = 0, openness = 0.3, rollRad = 0 }: EyeOptions = {}): Float32Array {
  const out = new Float32Array(478 * 3)
  const cos = Math.cos(rollRad)
  const sin = Math.sin(rollRad)
  const put = (index: number, x: number, y: number) => {
    // rotate about the face centre (0.5, 0.45)
    out[index * 3] = 0.5 + x * cos - y * sin
    out[index * 3 + 1] = 0.45 + x * sin + y * cos
  }
  const halfWidth = 0.03
  for (const [eye, centreX] of [[RIGHT_EYE, -0.06], [LEFT_EYE, 0.06]] as const) {
    put(eye.leftCorner, centreX - halfWidth, 0)
    put(eye.rightCorner, centreX + halfWidth, 0)
    put(eye.upperLid, centreX, -openness * halfWidth)
    put(eye.lowerLid, centreX, openness * halfWidth)
    put(eye.iris, centreX + irisH * halfWidth, irisV * halfWidth)
  }
  return out
}

/** A column-major pose looking straight at the camera, turned by yaw (about +Y), at depth z cm. */
export function poseWithYaw(yawRad: number, z = -50): Float64Array {
  const c = Math.cos(yawRad)
  const s = Math.sin(yawRad)
  // columns: X axis, Y axis, Z axis (forward), translation
  return new Float64Array([c, 0, -s, 0, 0, 1, 0, 0, s, 0, c, 0, 0, 0, z, 1])
}
