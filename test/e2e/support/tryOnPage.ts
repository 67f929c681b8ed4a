import type { Page } from '@playwright/test'

/** Figures read from the running try-on through `window.__vitrine` (pages opened with ?debug or ?probe). */
export interface FaceSnapshot {
  tracked: boolean
  /** Landmark 168 (the nose bridge) in normalised video coordinates. */
  landmark168: [number, number]
  /** Interocular distance in video pixels (between the eye centres). */
  iodPx: number
  videoWidth: number
  videoHeight: number
  /** The stage (video + canvas) rectangle in page pixels; it is mirrored. */
  stage: { left: number; top: number; width: number; height: number }
}

export async function faceSnapshot(page: Page): Promise<FaceSnapshot> {
  return page.evaluate(() => {
    const vitrine = (window as unknown as { __vitrine: { session: { result: { tracked: boolean; landmarks: Float32Array }; camera: { video: HTMLVideoElement } } } }).__vitrine
    const { result, camera } = vitrine.session
    const lm = result.landmarks
    const W = camera.video.videoWidth
    const H = camera.video.videoHeight
    const centre = (a: number, b: number) => [((lm[a * 3]! + lm[b * 3]!) / 2) * W, ((lm[a * 3 + 1]! + lm[b * 3 + 1]!) / 2) * H]
    const [rx, ry] = centre(33, 133)
    const [lx, ly] = centre(263, 362)
    const rect = document.querySelector('.stage')!.getBoundingClientRect()
    return {
      tracked: result.tracked,
      landmark168: [lm[168 * 3]!, lm[168 * 3 + 1]!] as [number, number],
      iodPx: Math.hypot(lx! - rx!, ly! - ry!),
      videoWidth: W,
      videoHeight: H,
      stage: { left: rect.left, top: rect.top, width: rect.width, height: rect.height },
    }
  })
}

/** A page point on the mirrored stage → normalised coordinates of the source video. */
export function pageToVideoUv(snapshot: FaceSnapshot, x: number, y: number): [number, number] {
  const { stage } = snapshot
  return [1 - (x - stage.left) / stage.width, (y - stage.top) / stage.height]
}

/** Counts tracker results, and those with a face, over `ms` milliseconds. */
export async function countTrackedFrames(page: Page, ms: number): Promise<{ frames: number; tracked: number }> {
  return page.evaluate(
    (duration) =>
      new Promise((resolve) => {
        const session = (window as unknown as { __vitrine: { session: { subscribe(l: (r: unknown, f: { tracked: boolean }) => void): () => void } } }).__vitrine.session
        let frames = 0
        let tracked = 0
        const off = session.subscribe((_result, frame) => {
          frames++
          if (frame.tracked) tracked++
        })
        setTimeout(() => {
          off()
          resolve({ frames, tracked })
        }, duration)
      }),
    ms,
  )
}

/** A column-major pose matrix: the canonical face `distanceCm` in front of the camera, turned by `yawDeg`. */
export function headPose(yawDeg: number, distanceCm = 45): number[] {
  const a = (yawDeg * Math.PI) / 180
  const c = Math.cos(a)
  const s = Math.sin(a)
  return [c, 0, -s, 0, 0, 1, 0, 0, s, 0, c, 0, 0, 0, -distanceCm, 1]
}
