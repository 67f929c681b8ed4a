/** Messages of the presence worker: frames in, a yes/no out. Nothing else ever leaves the worker. */
export type PresenceRequest =
  | { type: 'init'; wasmBaseUrl: string; modelUrl: string; minFaceHeight: number }
  /** A small, transferred camera frame; the worker closes it. */
  | { type: 'check'; bitmap: ImageBitmap }
  | { type: 'close' }

export type PresenceResponse =
  | { type: 'ready'; initMs: number }
  /** Whether a face large enough to be someone at the screen is in the frame. */
  | { type: 'result'; found: boolean; inferenceMs: number }
  | { type: 'error'; code: 'wasm-load-failed' | 'model-load-failed' | 'not-ready' | 'inference-failed'; message: string }
