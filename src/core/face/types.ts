/**
 * Face tracking types shared by the vision worker, core math and the renderer.
 *
 * Coordinate systems (all right-handed):
 * - Canonical face space: MediaPipe's canonical face model, centimetres, +Y up, the face looks
 *   towards +Z, +X is towards the viewer's right (the wearer's left).
 * - Camera space: centimetres, camera at the origin looking down -Z, +Y up (OpenGL convention),
 *   the space MediaPipe's facial transformation matrix maps canonical face space into.
 * - Normalised image: x in [0, 1] to the right, y in [0, 1] downwards, in the source video's own
 *   (not mirrored) coordinates.
 */

/** Number of landmarks the Face Landmarker returns per face (468 mesh + 10 iris). */
export const LANDMARK_COUNT = 478
/** Number of blendshape scores per face (index 0 is `_neutral`). */
export const BLENDSHAPE_COUNT = 52

/** Named points of the face that products attach to. Left and right are the wearer's. */
export type AnchorName = 'noseBridge' | 'forehead' | 'leftEarLobe' | 'rightEarLobe' | 'chin' | 'lips'

export const ANCHOR_NAMES: readonly AnchorName[] = [
  'noseBridge',
  'forehead',
  'leftEarLobe',
  'rightEarLobe',
  'chin',
  'lips',
]

/** Pose of one anchor, written in place every frame (reuse, do not keep references across frames). */
export interface AnchorPose {
  /** Position in camera space, centimetres. */
  position: Float64Array
  /** Orientation in camera space as a unit quaternion [x, y, z, w] (the head's rotation). */
  quaternion: Float64Array
  /** Where the anchor lands in the source video, normalised [u, v] (x right, y down, not mirrored). */
  uv: Float64Array
}

/** Which MediaPipe delegate runs the model. */
export type TrackerDelegate = 'GPU' | 'CPU'

/**
 * One tracker result for the followed face, as the vision layer hands it over. The object and its
 * arrays are reused from frame to frame: copy what you need to keep.
 */
export interface FaceFrame {
  /** True when a face was found in this frame. */
  tracked: boolean
  /** How many faces the model saw (the followed one is the most prominent). */
  faceCount: number
  /** Capture time of the video frame, milliseconds (performance.now() clock). */
  timestampMs: number
  /** 478 landmarks, x, y (normalised image, not mirrored) and z (relative depth), flat. */
  landmarks: Float32Array
  /** Facial transformation matrix, column-major 4x4: canonical face (cm) → camera space (cm). */
  transform: Float32Array
  /** 52 blendshape scores in MediaPipe's order (0 = `_neutral`). */
  blendshapes: Float32Array
  /** Time spent in `detectForVideo`, milliseconds. */
  inferenceMs: number
  /** Time from frame capture to this result on the main thread, milliseconds. */
  latencyMs: number
}

/**
 * Vertical field of view, degrees, of the virtual perspective camera MediaPipe's face geometry
 * pipeline assumes when it computes the facial transformation matrix (near 1, far 10000, image
 * origin at the top-left corner).
 */
export const MEDIAPIPE_VERTICAL_FOV_DEG = 63

/** The perspective camera that maps camera space (cm) onto the source video. */
export interface TrackingCamera {
  /** Vertical field of view, degrees. MediaPipe's matrix assumes `MEDIAPIPE_VERTICAL_FOV_DEG`. */
  verticalFovDeg: number
  /** Video width divided by height. */
  aspect: number
}

/**
 * The per-frame face result the kit emits (the public API). Reused from frame to frame: copy what
 * you need to keep.
 */
export interface FaceResult {
  /** True while a face is followed (a brief miss of a frame or two keeps it true). */
  tracked: boolean
  /** How many faces the model saw in the last frame. */
  faceCount: number
  /** Capture time of the frame, milliseconds (performance.now() clock). */
  timestampMs: number
  /** Smoothed head pose, column-major 4x4: canonical face (cm) → camera space (cm). */
  poseMatrix: Float64Array
  /** Smoothed anchor poses; `uv` is where each lands in the (not mirrored) video. */
  anchors: Record<AnchorName, AnchorPose>
  /** 52 blendshape scores of the last tracked frame. */
  blendshapes: Float32Array
  /** Raw landmarks of the last tracked frame (normalised image, flat x, y, z). */
  landmarks: Float32Array
}
