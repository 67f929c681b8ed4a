/**
 * The benchmark's baseline: bare `detectForVideo` with the face worker's model, options and
 * delegate choice, without its protocol, transport, frame pacing or face choice. Receives
 * ImageData frames and answers each with the time `detectForVideo` took. Only the benchmark
 * starts it (`?bench`, through rawDetectBench.ts); shoppers never load it.
 */
import { FilesetResolver, type FaceLandmarker } from '@mediapipe/tasks-vision'
import type { TrackerDelegate } from '../core/face/types'
import { detectSoftwareWebGl } from '../platform/detectSoftwareWebGl'
import { createFaceLandmarker } from './createFaceLandmarker'
import { installSameOriginFetchGuard } from './sameOriginFetchGuard'

export type RawDetectRequest =
  /** `delegate` 'auto' picks like the face worker (CPU when WebGL is software, else GPU). */
  | { type: 'init'; delegate: TrackerDelegate | 'auto'; maxFaces: number }
  /** Monotonic `timestampMs`, as VIDEO mode needs. */
  | { type: 'frame'; image: ImageData; timestampMs: number }

export type RawDetectResponse =
  | { type: 'ready'; delegate: TrackerDelegate }
  | { type: 'result'; detectMs: number; faceCount: number }
  | { type: 'error'; message: string }

interface WorkerScope {
  fetch: typeof fetch
  location: { origin: string; href: string }
  postMessage(message: RawDetectResponse): void
  onmessage: ((event: MessageEvent<RawDetectRequest>) => void) | null
}
const scope = self as unknown as WorkerScope
installSameOriginFetchGuard(scope)

let landmarker: FaceLandmarker | undefined

async function init(requested: TrackerDelegate | 'auto', maxFaces: number): Promise<void> {
  const fileset = await FilesetResolver.forVisionTasks(new URL('/mediapipe/wasm', scope.location.href).href, true)
  const response = await fetch(new URL('/models/face_landmarker.task', scope.location.href).href)
  if (!response.ok) throw new Error(`the face model answered HTTP ${response.status}; run \`npm run setup:model\``)
  const model = new Uint8Array(await response.arrayBuffer())
  const delegate: TrackerDelegate = requested === 'auto' ? (detectSoftwareWebGl() ? 'CPU' : 'GPU') : requested
  landmarker = await createFaceLandmarker(fileset, model, delegate, maxFaces)
  scope.postMessage({ type: 'ready', delegate })
}

function detect(image: ImageData, timestampMs: number): void {
  if (!landmarker) throw new Error('the bare detector is not ready yet')
  const started = performance.now()
  const result = landmarker.detectForVideo(image, timestampMs)
  const detectMs = performance.now() - started
  scope.postMessage({ type: 'result', detectMs, faceCount: result.faceLandmarks.length })
}

scope.onmessage = (event) => {
  const request = event.data
  const fail = (error: unknown) =>
    scope.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) })
  try {
    if (request.type === 'init') init(request.delegate, request.maxFaces).catch(fail)
    else detect(request.image, request.timestampMs)
  } catch (error) {
    fail(error)
  }
}
