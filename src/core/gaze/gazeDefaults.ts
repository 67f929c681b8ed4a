/**
 * Landmarks of MediaPipe's 478-point face mesh used for gaze (the wearer's left and right).
 * Corners are listed image-left first, so both eyes share one axis direction.
 */
export const RIGHT_EYE = { leftCorner: 33, rightCorner: 133, upperLid: 159, lowerLid: 145, iris: 468 } as const
export const LEFT_EYE = { leftCorner: 362, rightCorner: 263, upperLid: 386, lowerLid: 374, iris: 473 } as const

/**
 * Eye rotation per unit of iris offset (offset 1 = the iris centre at an eye corner), radians.
 * The iris centre sits ~12 mm from the eyeball's centre and half an eye opening is ~15 mm, so an
 * offset h means asin(1.25 h) ≈ 1.25 h rad for small angles; calibration corrects the rest.
 */
export const EYE_YAW_GAIN_RAD = 1.25
/** Vertical iris travel is smaller than horizontal for the same rotation (the lids follow the eye). */
export const EYE_PITCH_GAIN_RAD = 1.6

/** Lid gap / eye width below which the eye counts as closed (a blink), and above which fully open. */
export const EYE_CLOSED_OPENNESS = 0.12
export const EYE_OPEN_OPENNESS = 0.2

/** Head yaw or pitch beyond which the iris model degrades (the far eye is foreshortened), radians. */
export const GAZE_FRONTAL_LIMIT_RAD = (35 * Math.PI) / 180
/** Confidence ceiling without calibration: good enough for dwell, weighted down by the ranker. */
export const UNCALIBRATED_CONFIDENCE = 0.6

/**
 * Gaze smoothing: 1€ filter on the screen point (normalised units). Webcam iris landmarks jitter by
 * 2–4° on a still face (several % of the screen, mostly vertically), so fixations get a low cutoff;
 * a saccade to another tile moves ~0.2–0.5 screen in one result and opens the filter through beta.
 */
export const GAZE_MIN_CUTOFF_HZ = 0.5
export const GAZE_BETA = 1

/** A 15.6" 16:9 laptop screen with its camera centred 1 cm above the picture: the default geometry. */
export const DEFAULT_SCREEN_GEOMETRY = Object.freeze({ widthCm: 34.5, heightCm: 19.4, cameraAboveTopCm: 1 })
