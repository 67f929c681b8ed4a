import type { EyeGaze, ScreenGeometry } from './types'

/**
 * Where a gaze ray from `origin` (camera space, cm: camera at 0, looking down −Z, +Y up) meets the
 * screen plane (z = 0, the camera sits on it), in normalised screen coordinates as the shopper
 * sees the screen: x 0..1 from their left to their right, y 0..1 from the top down. The camera
 * looks back at the shopper, so its +X is the shopper's left. Writes [x, y] into `out`; returns
 * false (out untouched) when the ray does not head towards the screen.
 */
export function gazeOnScreen(origin: ArrayLike<number>, gaze: EyeGaze, screen: ScreenGeometry, out: Float64Array): boolean {
  const dz = Math.cos(gaze.yawRad) * Math.cos(gaze.pitchRad)
  const oz = origin[2]!
  if (!(dz > 1e-6) || !(oz < 0)) return false
  const t = -oz / dz
  const hitX = origin[0]! + t * Math.sin(gaze.yawRad) * Math.cos(gaze.pitchRad)
  const hitY = origin[1]! + t * Math.sin(gaze.pitchRad)
  out[0] = 0.5 - hitX / screen.widthCm
  out[1] = (-hitY - screen.cameraAboveTopCm) / screen.heightCm
  return Number.isFinite(out[0]) && Number.isFinite(out[1])
}
