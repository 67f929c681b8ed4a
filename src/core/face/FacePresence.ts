/** Consecutive frames without a face before the face counts as gone (rides out single misses). */
export const FACE_LOST_AFTER_FRAMES = 3

/**
 * Debounces the tracker's per-frame found/missed flag into "a face is here", so one missed
 * detection does not make the glasses blink, while a real departure hides them within
 * {@link FACE_LOST_AFTER_FRAMES} frames.
 */
export class FacePresence {
  present = false
  private misses = 0

  constructor(private readonly lostAfterFrames = FACE_LOST_AFTER_FRAMES) {}

  /** Feeds one frame; returns whether a face is present. */
  update(found: boolean): boolean {
    if (found) {
      this.misses = 0
      this.present = true
    } else if (this.present && ++this.misses >= this.lostAfterFrames) {
      this.present = false
    }
    return this.present
  }

  reset(): void {
    this.present = false
    this.misses = 0
  }
}
