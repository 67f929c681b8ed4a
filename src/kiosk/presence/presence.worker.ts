/**
 * Presence worker: MediaPipe's face *detector* (BlazeFace, the first stage of the face landmarker,
 * taken out of `face_landmarker.task`) on a small frame a few times a second. It answers one
 * yes/no per frame: is a face large enough to be someone at the screen there? Boxes, key points
 * and pixels never leave this worker and are dropped at once; no landmarks are computed at all.
 */
import { FaceDetector, FilesetResolver } from '@mediapipe/tasks-vision'
import { readStoredZipEntry } from '../../core/kiosk/readStoredZipEntry'
import { CpuFrameReader } from '../../vision/cpuFrameReader'
import { graphicsCanvas } from '../../vision/graphicsCanvas'
import { installSameOriginFetchGuard } from '../../vision/sameOriginFetchGuard'
import type { PresenceRequest, PresenceResponse } from './protocol'

/** The detector model inside MediaPipe's face landmarker bundle. */
const DETECTOR_ENTRY = 'face_detector.tflite'
/** Detections below this score are not faces. */
const MIN_DETECTION_SCORE = 0.6

interface WorkerScope {
  fetch: typeof fetch
  location: { origin: string }
  postMessage(message: PresenceResponse): void
  onmessage: ((event: MessageEvent<PresenceRequest>) => void) | null
}
const scope = self as unknown as WorkerScope
installSameOriginFetchGuard(scope)

let detector: FaceDetector | undefined
let minFaceHeight = 0
const frames = new CpuFrameReader()

const describe = (error: unknown) => (error instanceof Error ? error.message : error instanceof Event ? `${error.type} event` : String(error))

async function init(request: Extract<PresenceRequest, { type: 'init' }>): Promise<void> {
  const started = performance.now()
  minFaceHeight = request.minFaceHeight
  let fileset
  try {
    fileset = await FilesetResolver.forVisionTasks(request.wasmBaseUrl, true)
  } catch (error) {
    return scope.postMessage({ type: 'error', code: 'wasm-load-failed', message: `MediaPipe runtime did not load: ${describe(error)}` })
  }
  try {
    const response = await fetch(request.modelUrl)
    if (!response.ok) throw new Error(`the face model ${request.modelUrl} answered HTTP ${response.status}`)
    const model = readStoredZipEntry(new Uint8Array(await response.arrayBuffer()), DETECTOR_ENTRY)
    detector = await FaceDetector.createFromOptions(fileset, {
      canvas: graphicsCanvas(),
      baseOptions: { modelAssetBuffer: model, delegate: 'CPU' },
      runningMode: 'IMAGE',
      minDetectionConfidence: MIN_DETECTION_SCORE,
    })
  } catch (error) {
    return scope.postMessage({ type: 'error', code: 'model-load-failed', message: `the presence detector did not start: ${describe(error)}` })
  }
  scope.postMessage({ type: 'ready', initMs: performance.now() - started })
}

async function check(bitmap: ImageBitmap): Promise<void> {
  try {
    if (!detector) return scope.postMessage({ type: 'error', code: 'not-ready', message: 'the presence detector is not ready yet' })
    const image = await frames.read(bitmap)
    const started = performance.now()
    const { detections } = detector.detect(image)
    const inferenceMs = performance.now() - started
    let found = false
    for (const detection of detections) {
      const box = detection.boundingBox
      if (box && box.height / image.height >= minFaceHeight) found = true
    }
    scope.postMessage({ type: 'result', found, inferenceMs })
  } catch (error) {
    scope.postMessage({ type: 'error', code: 'inference-failed', message: `a presence check failed: ${describe(error)}` })
  } finally {
    bitmap.close()
  }
}

scope.onmessage = (event) => {
  const request = event.data
  if (request.type === 'init') void init(request)
  else if (request.type === 'check') void check(request.bitmap)
  else {
    detector?.close()
    detector = undefined
  }
}
