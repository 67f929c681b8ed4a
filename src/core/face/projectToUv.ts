import type { TrackingCamera } from './types'

const DEG_TO_RAD = Math.PI / 180

/**
 * Projects a camera-space point (cm, camera looking down -Z, +Y up) onto the source video as
 * normalised [u, v] (x right, y down, not mirrored), the way MediaPipe's face geometry pipeline
 * relates its metric space to the image: a symmetric perspective frustum of the given vertical FOV
 * and aspect, with v flipped because the image origin is its top-left corner.
 *
 * u = 0.5 + 0.5 · x / (−z · tan(fov/2) · aspect), v = 0.5 − 0.5 · y / (−z · tan(fov/2)).
 *
 * @param positionCm camera-space point [x, y, z], cm.
 * @param camera the tracking camera (see `MEDIAPIPE_VERTICAL_FOV_DEG`).
 * @param out receives [u, v]; NaN when the point is not in front of the camera.
 * @returns false (and NaNs in `out`) when z ≥ 0, i.e. the point is at or behind the camera plane.
 */
export function projectToUv(
  positionCm: ArrayLike<number>,
  camera: TrackingCamera,
  out: { [index: number]: number },
): boolean {
  const x = positionCm[0] ?? 0
  const y = positionCm[1] ?? 0
  const depth = -(positionCm[2] ?? 0)
  if (!(depth > 0)) {
    out[0] = Number.NaN
    out[1] = Number.NaN
    return false
  }
  // Half the frustum's height at this depth; its width is that times the aspect.
  const halfHeight = depth * Math.tan(0.5 * camera.verticalFovDeg * DEG_TO_RAD)
  out[0] = 0.5 + (0.5 * x) / (halfHeight * camera.aspect)
  out[1] = 0.5 - (0.5 * y) / halfHeight
  return true
}
