/**
 * A challenger must cover at least this many times the followed face's bounding-box area
 * (dimensionless ratio) to take over. Faces of similar size, side by side, never flip.
 */
export const SWITCH_AREA_RATIO = 1.3
/**
 * Consecutive frames a challenger must stay `SWITCH_AREA_RATIO` larger before it takes over
 * (frames; about half a second at 30 fps), so a passer-by leaning in briefly does not steal the glasses.
 */
export const SWITCH_AFTER_FRAMES = 15
/**
 * Largest move of a face's bounding-box centre between frames, in widths of that face, for it to
 * count as the same face. Faces rarely move a third of their width per frame, and two faces are
 * about a face width apart at least, so half a width tells them apart.
 */
export const MATCH_MAX_SHIFT_FACE_WIDTHS = 0.5

/**
 * Chooses which of several faces to dress: the most prominent (largest bounding box, i.e. closest
 * to the screen), with hysteresis. MediaPipe does not keep faces in a stable order, so the followed
 * face is recognised from frame to frame by its bounding-box centre, not its index.
 *
 * ```ts
 * const selector = new FaceSelector()
 * const i = selector.select(facesLandmarks) // -1 when there is no face
 * ```
 */
export class FaceSelector {
  // Per-face scratch, grown only when more faces than ever before are in view.
  private centreX = new Float64Array(4)
  private centreY = new Float64Array(4)
  private area = new Float64Array(4)
  private size = new Float64Array(4)
  private following = false
  private followedX = 0
  private followedY = 0
  private followedSize = 0
  private challengerFrames = 0
  private challengerX = 0
  private challengerY = 0

  /**
   * @param faces each face's landmarks, flat x, y, z in normalised image coordinates.
   * @returns the index in `faces` of the face to dress, or -1 when `faces` is empty.
   */
  select(faces: ReadonlyArray<ArrayLike<number>>): number {
    const n = faces.length
    if (n === 0) return -1 // keep following: a missed frame should not hand the glasses over
    this.measure(faces)
    let largest = 0
    for (let i = 1; i < n; i++) if (this.area[i]! > this.area[largest]!) largest = i
    const current = this.following ? this.nearest(n, this.followedX, this.followedY, this.followedSize) : -1
    if (current < 0) return this.follow(largest) // first frame, or the followed face left
    if (largest !== current && this.area[largest]! >= SWITCH_AREA_RATIO * this.area[current]!) {
      const same =
        this.challengerFrames > 0 &&
        this.nearest(n, this.challengerX, this.challengerY, this.size[largest]!) === largest
      this.challengerFrames = same ? this.challengerFrames + 1 : 1
      this.challengerX = this.centreX[largest]!
      this.challengerY = this.centreY[largest]!
      if (this.challengerFrames >= SWITCH_AFTER_FRAMES) return this.follow(largest)
    } else {
      this.challengerFrames = 0
    }
    this.remember(current)
    return current
  }

  /** Forgets the followed face: the next `select` picks the largest face straight away. */
  reset(): void {
    this.following = false
    this.challengerFrames = 0
  }

  private follow(index: number): number {
    this.following = true
    this.challengerFrames = 0
    this.remember(index)
    return index
  }

  private remember(index: number): void {
    this.followedX = this.centreX[index]!
    this.followedY = this.centreY[index]!
    this.followedSize = this.size[index]!
  }

  /** Index of the face whose centre is nearest (x, y), if within the match distance, else -1. */
  private nearest(n: number, x: number, y: number, faceSize: number): number {
    let best = -1
    let bestDistance = MATCH_MAX_SHIFT_FACE_WIDTHS * faceSize
    for (let i = 0; i < n; i++) {
      const d = Math.hypot(this.centreX[i]! - x, this.centreY[i]! - y)
      if (d <= bestDistance) {
        best = i
        bestDistance = d
      }
    }
    return best
  }

  /** Bounding box of each face's landmarks: centre, area and larger side (normalised units). */
  private measure(faces: ReadonlyArray<ArrayLike<number>>): void {
    const n = faces.length
    if (n > this.area.length) {
      const capacity = Math.max(n, 2 * this.area.length)
      this.centreX = new Float64Array(capacity)
      this.centreY = new Float64Array(capacity)
      this.area = new Float64Array(capacity)
      this.size = new Float64Array(capacity)
    }
    for (let f = 0; f < n; f++) {
      const p = faces[f]!
      let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity
      for (let i = 0; i + 1 < p.length; i += 3) {
        const x = p[i]!
        const y = p[i + 1]!
        if (x < minX) minX = x
        if (x > maxX) maxX = x
        if (y < minY) minY = y
        if (y > maxY) maxY = y
      }
      const empty = !(maxX >= minX && maxY >= minY) // no landmarks: a zero-size face at the corner
      const width = empty ? 0 : maxX - minX
      const height = empty ? 0 : maxY - minY
      this.centreX[f] = empty ? 0 : (minX + maxX) / 2
      this.centreY[f] = empty ? 0 : (minY + maxY) / 2
      this.area[f] = width * height
      this.size[f] = Math.max(width, height)
    }
  }
}
