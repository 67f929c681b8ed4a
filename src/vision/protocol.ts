import { BLENDSHAPE_COUNT, LANDMARK_COUNT, type TrackerDelegate } from '../core/face/types'

/**
 * Messages between the main thread and the face worker. Only derived signals travel back from
 * the worker; the frame itself is returned (transferred, never copied) so the page can show the
 * exact frame the pose belongs to.
 */

/** Layout of the packed result buffer: landmarks, then transform matrix, then blendshapes. */
export const PACKED_LANDMARKS_OFFSET = 0
export const PACKED_TRANSFORM_OFFSET = LANDMARK_COUNT * 3
export const PACKED_BLENDSHAPES_OFFSET = PACKED_TRANSFORM_OFFSET + 16
export const PACKED_FLOATS = PACKED_BLENDSHAPES_OFFSET + BLENDSHAPE_COUNT

export interface InitRequest {
  type: 'init'
  /** Absolute URL of face_landmarker.task. */
  modelUrl: string
  /** Absolute URL of the folder holding MediaPipe's wasm files. */
  wasmBaseUrl: string
  /** 'auto' tries the GPU unless WebGL is software-rendered, and falls back to the CPU. */
  delegate: TrackerDelegate | 'auto'
  /** How many faces the model looks for; the most prominent one is followed. */
  maxFaces: number
}

/**
 * A camera frame for the worker, transferred (never copied): a VideoFrame read from the camera
 * track (its pixels in memory where the camera delivers them so), or an ImageBitmap grabbed from
 * the video element where the track cannot be read.
 */
export type CameraImage = VideoFrame | ImageBitmap

export interface FrameRequest {
  type: 'frame'
  id: number
  image: CameraImage
  /** Capture time, milliseconds, strictly increasing. */
  timestampMs: number
  /** A packed result buffer handed back for reuse (saves an allocation per frame), if any. */
  recycled?: ArrayBuffer
}

export interface CloseRequest {
  type: 'close'
}

export type WorkerRequest = InitRequest | FrameRequest | CloseRequest

export interface ReadyResponse {
  type: 'ready'
  delegate: TrackerDelegate
  /** Why the GPU delegate is not used, when it is not. */
  fallbackReason?: string
  initMs: number
}

export interface ResultResponse {
  type: 'result'
  id: number
  timestampMs: number
  faceCount: number
  /** True when a face is followed in this frame. */
  tracked: boolean
  /** PACKED_FLOATS float32 values (see the offsets above); valid when tracked. */
  packed: ArrayBuffer
  /** The analysed frame, handed back for display (absent if it could not be made into a bitmap). */
  bitmap?: ImageBitmap
  inferenceMs: number
}

export type WorkerErrorCode = 'model-load-failed' | 'wasm-load-failed' | 'inference-failed' | 'not-ready'

export interface ErrorResponse {
  type: 'error'
  /** The frame it concerns, when it concerns one (that frame's slot is then free). */
  id?: number
  code: WorkerErrorCode
  message: string
}

export type WorkerResponse = ReadyResponse | ResultResponse | ErrorResponse
