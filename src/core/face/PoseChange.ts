import type { AnchorName, FaceResult } from './types'

/**
 * Smallest change worth a redraw: 0.005 cm of translation and 1e-4 in any rotation-matrix entry
 * (about 0.006°). At 45 cm from a 63° camera that is under a tenth of a pixel of a 480-line video.
 */
export const REDRAW_MIN_TRANSLATION_CM = 0.005
export const REDRAW_MIN_ROTATION = 1e-4

/**
 * Tells whether a face result would draw differently from the last one drawn. A still face then
 * costs no GPU work at all, which matters most where the GPU is emulated on the CPU the face model
 * needs. Compares the head pose, the anchor the product hangs on, and the tracked flag.
 */
export class PoseChange {
  private readonly drawnPose = new Float64Array(16)
  private readonly drawnAnchor = new Float64Array(3)
  private drawnTracked: boolean | undefined

  /** True (and remembers `result` as drawn) when it differs visibly from the last drawn one. */
  update(result: FaceResult, anchor: AnchorName): boolean {
    const pose = result.poseMatrix
    const position = result.anchors[anchor].position
    let changed = result.tracked !== this.drawnTracked
    if (!changed && result.tracked) {
      for (let i = 0; i < 12 && !changed; i++) changed = Math.abs(pose[i]! - this.drawnPose[i]!) > REDRAW_MIN_ROTATION
      for (let i = 12; i < 15 && !changed; i++) changed = Math.abs(pose[i]! - this.drawnPose[i]!) > REDRAW_MIN_TRANSLATION_CM
      for (let i = 0; i < 3 && !changed; i++) changed = Math.abs(position[i]! - this.drawnAnchor[i]!) > REDRAW_MIN_TRANSLATION_CM
    }
    if (changed) {
      this.drawnPose.set(pose)
      this.drawnAnchor.set(position)
      this.drawnTracked = result.tracked
    }
    return changed
  }

  /** Forget what was drawn (the next result redraws). */
  reset(): void {
    this.drawnTracked = undefined
  }
}
