import { AnchorRefiner } from '../../core/face/AnchorRefiner'
import { computeAnchorPoses, createAnchorPoses } from '../../core/face/computeAnchors'
import { MEDIAPIPE_VERTICAL_FOV_DEG, type FaceResult } from '../../core/face/types'
import { PACKED_BLENDSHAPES_OFFSET, PACKED_FLOATS, PACKED_TRANSFORM_OFFSET, type WorkerRequest, type WorkerResponse } from '../../vision/protocol'

/** The public-domain reference portrait (NASA; see assets/ATTRIBUTION.md), served from assets/studio/. */
export const REFERENCE_FACE_URL = '/studio/reference-face.png'
/** Longest the face model may take to load and answer on a slow machine, milliseconds. */
export const REFERENCE_FACE_TIMEOUT_MS = 90_000

/** The reference face: the photo's size and the face result the renderer places products with. */
export interface ReferenceFace {
  width: number
  height: number
  result: FaceResult
}

let cached: Promise<ReferenceFace> | undefined

/**
 * Finds the face in the reference photo once per page with the app's own tracking worker
 * (src/vision/face.worker.ts: the same model, wasm and options the shopper app uses), then turns
 * it into a still {@link FaceResult} with the same anchor math (core/face) as a live frame.
 */
export function detectReferenceFace(): Promise<ReferenceFace> {
  cached ??= run().catch((error: unknown) => {
    cached = undefined // a later attempt starts over
    throw error
  })
  return cached
}

async function run(): Promise<ReferenceFace> {
  const response = await fetch(REFERENCE_FACE_URL)
  if (!response.ok) throw new Error(`the reference photo ${REFERENCE_FACE_URL} answered HTTP ${response.status}`)
  const bitmap = await createImageBitmap(await response.blob())
  const { width, height } = bitmap
  const worker = new Worker(new URL('../../vision/face.worker.ts', import.meta.url), { type: 'module', name: 'vitrine-studio-face' })
  try {
    const init: WorkerRequest = {
      type: 'init', delegate: 'auto', maxFaces: 1,
      modelUrl: new URL('/models/face_landmarker.task', location.href).href,
      wasmBaseUrl: new URL('/mediapipe/wasm', location.href).href,
    }
    await exchange(worker, init, [], 'ready')
    const answer = await exchange(worker, { type: 'frame', id: 1, image: bitmap, timestampMs: performance.now() }, [bitmap], 'result')
    if (answer.type !== 'result') throw new Error('the face worker gave no result')
    answer.bitmap?.close()
    if (!answer.tracked) throw new Error('no face was found in the reference photo')
    const packed = new Float32Array(answer.packed, 0, PACKED_FLOATS)
    return { width, height, result: faceResult(packed, width / height, answer.faceCount) }
  } finally {
    worker.postMessage({ type: 'close' } satisfies WorkerRequest)
    worker.terminate()
  }
}

function exchange(worker: Worker, request: WorkerRequest, transfer: Transferable[], expected: 'ready' | 'result'): Promise<WorkerResponse> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the face model did not answer within ${REFERENCE_FACE_TIMEOUT_MS / 1000} s`)), REFERENCE_FACE_TIMEOUT_MS)
    worker.onerror = (event) => { clearTimeout(timer); reject(new Error(`the face worker failed to load: ${event.message || 'script error'}`)) }
    worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
      const message = event.data
      if (message.type === 'error') { clearTimeout(timer); reject(new Error(message.message)) }
      else if (message.type === expected) { clearTimeout(timer); resolve(message) }
    }
    worker.postMessage(request, transfer)
  })
}

/** A still result: the pose as detected (no smoothing needed), anchors as the live session computes them. */
function faceResult(packed: Float32Array, aspect: number, faceCount: number): FaceResult {
  const landmarks = packed.slice(0, PACKED_TRANSFORM_OFFSET)
  const poseMatrix = Float64Array.from(packed.subarray(PACKED_TRANSFORM_OFFSET, PACKED_BLENDSHAPES_OFFSET))
  const camera = { verticalFovDeg: MEDIAPIPE_VERTICAL_FOV_DEG, aspect }
  const anchors = createAnchorPoses()
  computeAnchorPoses(poseMatrix, landmarks, camera, anchors)
  // One refinement step puts landmark anchors on their landmarks (a first sample is not filtered).
  new AnchorRefiner().refine(anchors, camera, 0)
  return { tracked: true, faceCount, timestampMs: 0, poseMatrix, anchors, blendshapes: packed.slice(PACKED_BLENDSHAPES_OFFSET, PACKED_FLOATS), landmarks }
}
