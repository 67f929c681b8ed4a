import type { TrackerDelegate } from '../core/face/types'
import type { RawDetectRequest, RawDetectResponse } from './rawDetect.worker'

/**
 * The benchmark's baseline (`?bench` only, its own chunk): times bare `detectForVideo` on
 * `frames` frames of `video`, in a worker of its own with the face worker's model and options
 * (3 faces, blendshapes, transformation matrices). Each new video frame is read through a 2D
 * canvas and posted as ImageData, one frame in flight. Resolves with each frame's detect time,
 * milliseconds, in order (the first few include the model's warm-up: drop them). Pause the
 * try-on's tracker meanwhile so the two do not compete.
 *
 * @param delegate the delegate to time; default 'auto' (as the app: CPU when WebGL is software).
 */
export async function measureRawDetect(
  video: HTMLVideoElement,
  frames: number,
  delegate: TrackerDelegate | 'auto' = 'auto',
  maxFaces = 3,
): Promise<number[]> {
  const worker = new Worker(new URL('./rawDetect.worker.ts', import.meta.url), { type: 'module', name: 'vitrine-raw-detect' })
  let answer: ((message: RawDetectResponse) => void) | undefined
  let failure: Error | undefined
  worker.onmessage = (event: MessageEvent<RawDetectResponse>) => answer?.(event.data)
  worker.onerror = (event) => {
    failure = new Error(`vitrine: the bare-detection worker failed: ${event.message || 'script did not load'}`)
    answer?.({ type: 'error', message: failure.message })
  }
  const ask = (request: RawDetectRequest, transfer: Transferable[] = []) =>
    new Promise<RawDetectResponse>((resolve) => {
      answer = resolve
      if (failure) resolve({ type: 'error', message: failure.message })
      else worker.postMessage(request, transfer)
    })
  const check = (message: RawDetectResponse): void => {
    if (message.type === 'error') throw new Error(`vitrine: bare detection failed: ${message.message}`)
  }
  try {
    check(await ask({ type: 'init', delegate, maxFaces }))
    const context = document.createElement('canvas').getContext('2d', { willReadFrequently: true })
    if (!context) throw new Error('vitrine: no 2D canvas to read video frames with')
    const times: number[] = []
    let lastTimestamp = 0
    let lastVideoTime = -1
    while (times.length < frames) {
      lastVideoTime = await nextVideoFrame(video, lastVideoTime)
      const { videoWidth: width, videoHeight: height } = video
      if (context.canvas.width !== width || context.canvas.height !== height) {
        context.canvas.width = width
        context.canvas.height = height
      }
      context.drawImage(video, 0, 0, width, height)
      const image = context.getImageData(0, 0, width, height)
      lastTimestamp = Math.max(lastTimestamp + 1, performance.now())
      const message = await ask({ type: 'frame', image, timestampMs: lastTimestamp }, [image.data.buffer])
      check(message)
      if (message.type === 'result') times.push(message.detectMs)
    }
    return times
  } finally {
    worker.terminate()
  }
}

/** Resolves with the video's time once it shows a frame other than the one at `after`. */
function nextVideoFrame(video: HTMLVideoElement, after: number): Promise<number> {
  return new Promise((resolve) => {
    const poll = () => {
      if (video.readyState >= 2 && video.videoWidth > 0 && video.currentTime !== after) resolve(video.currentTime)
      else if ('requestVideoFrameCallback' in video) video.requestVideoFrameCallback(poll)
      else requestAnimationFrame(poll)
    }
    poll()
  })
}
