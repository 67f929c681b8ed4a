/**
 * Face tracking worker: MediaPipe Face Landmarker in VIDEO mode, off the main thread.
 * Receives transferred camera frames (VideoFrames, or ImageBitmaps), returns the followed face's
 * landmarks, transformation matrix and blendshapes packed in one reusable buffer, and hands the
 * frame back for display as an ImageBitmap.
 * Nothing here throws across the boundary: failures come back as `error` messages.
 */
import { FilesetResolver, type FaceLandmarker, type FaceLandmarkerResult } from '@mediapipe/tasks-vision'
import { LANDMARK_COUNT, type TrackerDelegate } from '../core/face/types'
import { FaceSelector } from '../core/face/selectProminentFace'
import { MonotonicClock } from '../core/tracking/MonotonicClock'
import {
  PACKED_BLENDSHAPES_OFFSET,
  PACKED_FLOATS,
  PACKED_TRANSFORM_OFFSET,
  type CameraImage,
  type FrameRequest,
  type InitRequest,
  type WorkerRequest,
  type WorkerResponse,
} from './protocol'
import { CpuFrameReader } from './cpuFrameReader'
import { installSameOriginFetchGuard } from './sameOriginFetchGuard'
import { detectSoftwareWebGl } from '../platform/detectSoftwareWebGl'
import { createFaceLandmarker } from './createFaceLandmarker'

interface WorkerScope {
  fetch: typeof fetch
  location: { origin: string }
  postMessage(message: WorkerResponse, transfer?: Transferable[]): void
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null
}
const scope = self as unknown as WorkerScope
installSameOriginFetchGuard(scope)

let landmarker: FaceLandmarker | undefined
let delegate: TrackerDelegate = 'CPU'
const cpuFrames = new CpuFrameReader()
const clock = new MonotonicClock()
const selector = new FaceSelector()
/** Packed result buffers handed back by the main thread, reused instead of allocating. */
const bufferPool: ArrayBuffer[] = []
/** Flat landmark copies of each detected face, for the prominence choice (grown once). */
const faceLandmarks: Float32Array[] = []
/** The faces of the current frame (a reused array holding the first n of faceLandmarks). */
const currentFaces: Float32Array[] = []

function post(message: WorkerResponse, transfer: Transferable[] = []): void {
  scope.postMessage(message, transfer)
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message
  if (error instanceof Event) return `${error.type} event (the file could not be loaded)`
  return String(error)
}

async function loadModel(url: string): Promise<Uint8Array> {
  const response = await fetch(url)
  if (!response.ok) {
    throw new Error(`the face model ${url} answered HTTP ${response.status}; run \`npm run setup:model\``)
  }
  return new Uint8Array(await response.arrayBuffer())
}

async function init(request: InitRequest): Promise<void> {
  const started = performance.now()
  let fileset
  try {
    fileset = await FilesetResolver.forVisionTasks(request.wasmBaseUrl, true)
  } catch (error) {
    post({ type: 'error', code: 'wasm-load-failed', message: `MediaPipe runtime did not load: ${describe(error)}` })
    return
  }
  let model: Uint8Array
  try {
    model = await loadModel(request.modelUrl)
  } catch (error) {
    post({ type: 'error', code: 'model-load-failed', message: describe(error) })
    return
  }
  delegate = request.delegate === 'CPU' ? 'CPU' : 'GPU'
  let fallbackReason: string | undefined
  if (request.delegate === 'auto') {
    const software = detectSoftwareWebGl()
    if (software) {
      delegate = 'CPU'
      fallbackReason = `WebGL is software-rendered (${software}), where the CPU path is faster`
    }
  }
  try {
    landmarker = await createFaceLandmarker(fileset, model, delegate, request.maxFaces)
  } catch (error) {
    if (delegate === 'CPU') {
      post({ type: 'error', code: 'model-load-failed', message: `Face Landmarker failed to start: ${describe(error)}` })
      return
    }
    fallbackReason = `GPU delegate failed (${describe(error)})`
    delegate = 'CPU'
    try {
      landmarker = await createFaceLandmarker(fileset, model, delegate, request.maxFaces)
    } catch (cpuError) {
      post({ type: 'error', code: 'model-load-failed', message: `Face Landmarker failed to start: ${describe(cpuError)}` })
      return
    }
  }
  post({ type: 'ready', delegate, ...(fallbackReason ? { fallbackReason } : {}), initMs: performance.now() - started })
}

/** Copies each face's landmarks into flat arrays and returns the followed face's index, or -1. */
function chooseFace(result: FaceLandmarkerResult): number {
  const faces = result.faceLandmarks
  currentFaces.length = 0
  for (let f = 0; f < faces.length; f++) {
    const points = faces[f]!
    const flat = (faceLandmarks[f] ??= new Float32Array(LANDMARK_COUNT * 3))
    for (let i = 0; i < points.length && i < LANDMARK_COUNT; i++) {
      const p = points[i]!
      flat[i * 3] = p.x
      flat[i * 3 + 1] = p.y
      flat[i * 3 + 2] = p.z
    }
    currentFaces.push(flat)
  }
  // An empty frame returns -1 but keeps the selector's memory: a missed frame hands nothing over.
  return selector.select(currentFaces)
}

function pack(result: FaceLandmarkerResult, face: number, out: Float32Array): void {
  out.set(faceLandmarks[face]!, 0)
  const matrix = result.facialTransformationMatrixes[face]?.data
  if (matrix) for (let i = 0; i < 16; i++) out[PACKED_TRANSFORM_OFFSET + i] = matrix[i]!
  const categories = result.faceBlendshapes[face]?.categories
  if (categories) for (let i = 0; i < categories.length; i++) out[PACKED_BLENDSHAPES_OFFSET + i] = categories[i]!.score
}

async function track(request: FrameRequest): Promise<void> {
  if (request.recycled) bufferPool.push(request.recycled)
  const { id, image } = request
  if (!landmarker) {
    image.close()
    post({ type: 'error', id, code: 'not-ready', message: 'the face tracker is not ready yet' })
    return
  }
  let result: FaceLandmarkerResult
  let started = 0
  try {
    const input = delegate === 'CPU' ? await cpuFrames.read(image) : image
    if (!landmarker) throw new Error('the tracker was closed') // a 'close' arrived while reading pixels
    started = performance.now()
    result = landmarker.detectForVideo(input, clock.next(request.timestampMs))
  } catch (error) {
    image.close()
    post({ type: 'error', id, code: 'inference-failed', message: `face tracking failed on a frame: ${describe(error)}` })
    return
  }
  const inferenceMs = performance.now() - started
  const face = chooseFace(result)
  const packed = bufferPool.pop() ?? new ArrayBuffer(PACKED_FLOATS * 4)
  if (face >= 0) pack(result, face, new Float32Array(packed))
  const bitmap = await displayBitmap(image)
  post(
    { type: 'result', id, timestampMs: request.timestampMs, faceCount: result.faceLandmarks.length,
      tracked: face >= 0, packed, bitmap, inferenceMs },
    bitmap ? [packed, bitmap] : [packed],
  )
}

/** The analysed frame as a bitmap for the page to show (a VideoFrame is closed here), if it can be made. */
async function displayBitmap(image: CameraImage): Promise<ImageBitmap | undefined> {
  if (image instanceof ImageBitmap) return image
  try {
    return await createImageBitmap(image)
  } catch {
    return undefined // the page keeps showing the previous frame
  } finally {
    image.close()
  }
}

scope.onmessage = (event) => {
  const request = event.data
  switch (request.type) {
    case 'init':
      void init(request)
      break
    case 'frame':
      void track(request)
      break
    case 'close':
      landmarker?.close()
      landmarker = undefined
      break
  }
}
