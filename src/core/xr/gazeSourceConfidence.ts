/** The WebXR input source fields that say what kind of gaze a ray is. */
export interface GazeSourceKind {
  targetRayMode: string
  profiles: readonly string[]
}

/** Eye tracking (an 'eye-gaze' profile, or visionOS's transient pointer at pinch time). */
export const EYE_GAZE_CONFIDENCE = 0.95
/** Head gaze: the headset's forward ray; people look a little off it, so tiles still mostly hit. */
export const HEAD_GAZE_CONFIDENCE = 0.7

/**
 * How much a WebXR ray tells where the wearer looks: eye-tracked gaze and transient pointers (eye
 * gaze at pinch time) most, plain head gaze less; controllers and hands are pointing, not looking
 * (0, not used for dwell).
 */
export function gazeSourceConfidence(source: GazeSourceKind): number {
  if (source.targetRayMode === 'transient-pointer') return EYE_GAZE_CONFIDENCE
  if (source.targetRayMode !== 'gaze') return 0
  return source.profiles.some((p) => p.includes('eye')) ? EYE_GAZE_CONFIDENCE : HEAD_GAZE_CONFIDENCE
}
