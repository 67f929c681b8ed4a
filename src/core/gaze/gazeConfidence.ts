import { EYE_CLOSED_OPENNESS, EYE_OPEN_OPENNESS, GAZE_FRONTAL_LIMIT_RAD, UNCALIBRATED_CONFIDENCE } from './gazeDefaults'
import type { EyeGaze } from './types'

function ramp(value: number, from: number, to: number): number {
  const t = (value - from) / (to - from)
  return t <= 0 ? 0 : t >= 1 ? 1 : t
}

/**
 * How far a camera gaze estimate can be trusted, 0..1: zero while the eyes are closed (a blink),
 * falling off as the head turns past the frontal limit (the far eye foreshortens), capped at
 * {@link UNCALIBRATED_CONFIDENCE} until a calibration exists, then by its residual: a fit off by
 * `rmsError` (normalised screen units) keeps 1 − 4·rmsError (0.05 → 0.8).
 */
export function gazeConfidence(gaze: EyeGaze, calibrationRmsError: number | undefined): number {
  const open = ramp(gaze.openness, EYE_CLOSED_OPENNESS, EYE_OPEN_OPENNESS)
  const turn = Math.max(Math.abs(gaze.headYawRad), Math.abs(gaze.headPitchRad))
  const frontal = 1 - ramp(turn, GAZE_FRONTAL_LIMIT_RAD, GAZE_FRONTAL_LIMIT_RAD * 1.5)
  const ceiling = calibrationRmsError === undefined ? UNCALIBRATED_CONFIDENCE : Math.max(0.2, 1 - 4 * calibrationRmsError)
  return open * frontal * ceiling
}
