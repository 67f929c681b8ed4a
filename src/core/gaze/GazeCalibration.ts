import type { GazeCalibrationFit } from './types'

/** Fewest dots a calibration accepts: three not on one line fix an affine map; five check it. */
export const CALIBRATION_MIN_DOTS = 3
/**
 * Smallest spread of the uncalibrated gaze across the dots, normalised screen units: below it the
 * eyes did not follow the dots (or the tracker cannot see them move) and a fit would be noise.
 */
export const CALIBRATION_MIN_SPREAD = 0.02
/**
 * Least share of the dots' own spread the uncalibrated gaze must cover. The uncalibrated model can
 * be off in scale a few times over, not tenfold: less means tracker jitter, not eyes following.
 */
export const CALIBRATION_MIN_FOLLOW_RATIO = 0.1

/** Why a calibration could not be fitted, in words a shopper can act on. */
export class GazeCalibrationError extends Error {
  override name = 'GazeCalibrationError'
}

interface Dot {
  targetX: number
  targetY: number
  sumX: number
  sumY: number
  count: number
}

/**
 * Collects uncalibrated gaze points while the shopper looks at known dots, then fits, per screen
 * axis, an affine correction out = c0 + c1·x + c2·y by least squares. The fit absorbs what the
 * uncalibrated model cannot know: screen size and placement, eye gains, the resting iris position.
 */
export class GazeCalibration {
  private readonly dots: Dot[] = []

  /** Starts a dot at a target position (normalised screen units). Later samples count for it. */
  beginDot(targetX: number, targetY: number): void {
    this.dots.push({ targetX, targetY, sumX: 0, sumY: 0, count: 0 })
  }

  /** One uncalibrated gaze point while the current dot is shown. Ignored before the first dot. */
  addSample(x: number, y: number): void {
    const dot = this.dots[this.dots.length - 1]
    if (!dot || !Number.isFinite(x) || !Number.isFinite(y)) return
    dot.sumX += x
    dot.sumY += y
    dot.count++
  }

  /** Fits the correction; throws {@link GazeCalibrationError} with the reason when it cannot. */
  fit(): GazeCalibrationFit {
    const used = this.dots.filter((d) => d.count > 0)
    if (used.length < CALIBRATION_MIN_DOTS) {
      throw new GazeCalibrationError(
        `Calibration needs your eyes on at least ${CALIBRATION_MIN_DOTS} dots; your face was seen at ${used.length}. Face the screen and try again.`,
      )
    }
    const raw = used.map((d) => [d.sumX / d.count, d.sumY / d.count] as const)
    const [major, minor] = principalSpreads(raw)
    const [targetMajor] = principalSpreads(used.map((d) => [d.targetX, d.targetY] as const))
    if (major < CALIBRATION_MIN_SPREAD || major < CALIBRATION_MIN_FOLLOW_RATIO * targetMajor) {
      throw new GazeCalibrationError('Your gaze did not seem to move between the dots. Follow each dot with your eyes and try again.')
    }
    const x = minor < CALIBRATION_MIN_SPREAD / 4 ? null : solveAffine(raw, used.map((d) => d.targetX))
    const y = x && solveAffine(raw, used.map((d) => d.targetY))
    if (!x || !y) {
      throw new GazeCalibrationError('Your gaze moved along one line only. Follow each dot with your eyes and try again.')
    }
    let squared = 0
    for (let i = 0; i < raw.length; i++) {
      const [px, py] = raw[i]!
      squared += (applyAxis(x, px, py) - used[i]!.targetX) ** 2 + (applyAxis(y, px, py) - used[i]!.targetY) ** 2
    }
    return { x, y, rmsError: Math.sqrt(squared / raw.length), dots: raw.length }
  }
}

/** Applies a fit to one uncalibrated point in place (out[0], out[1]). */
export function applyGazeCalibration(fit: GazeCalibrationFit, out: Float64Array): void {
  const px = out[0]!
  const py = out[1]!
  out[0] = applyAxis(fit.x, px, py)
  out[1] = applyAxis(fit.y, px, py)
}

function applyAxis(c: readonly [number, number, number], x: number, y: number): number {
  return c[0] + c[1] * x + c[2] * y
}

/** Standard deviations of the points along their principal axes, largest first. */
function principalSpreads(points: readonly (readonly [number, number])[]): [number, number] {
  let mx = 0
  let my = 0
  for (const [x, y] of points) {
    mx += x / points.length
    my += y / points.length
  }
  let sxx = 0
  let syy = 0
  let sxy = 0
  for (const [x, y] of points) {
    sxx += (x - mx) ** 2 / points.length
    syy += (y - my) ** 2 / points.length
    sxy += ((x - mx) * (y - my)) / points.length
  }
  const mean = (sxx + syy) / 2
  const offset = Math.sqrt(((sxx - syy) / 2) ** 2 + sxy ** 2)
  return [Math.sqrt(mean + offset), Math.sqrt(Math.max(0, mean - offset))]
}

/** Least squares of target ≈ c0 + c1·x + c2·y through the 3×3 normal equations; null if singular. */
function solveAffine(points: readonly (readonly [number, number])[], targets: number[]): [number, number, number] | null {
  const a = [[0, 0, 0], [0, 0, 0], [0, 0, 0]]
  const b = [0, 0, 0]
  points.forEach(([x, y], i) => {
    const row = [1, x, y]
    for (let r = 0; r < 3; r++) {
      b[r]! += row[r]! * targets[i]!
      for (let c = 0; c < 3; c++) a[r]![c]! += row[r]! * row[c]!
    }
  })
  return solve3(a, b)
}

/** Gaussian elimination with partial pivoting; null when the system is (near) singular. */
function solve3(a: number[][], b: number[]): [number, number, number] | null {
  const m = a.map((row, i) => [...row, b[i]!])
  for (let col = 0; col < 3; col++) {
    let pivot = col
    for (let r = col + 1; r < 3; r++) if (Math.abs(m[r]![col]!) > Math.abs(m[pivot]![col]!)) pivot = r
    if (Math.abs(m[pivot]![col]!) < 1e-9) return null
    ;[m[col], m[pivot]] = [m[pivot]!, m[col]!]
    for (let r = 0; r < 3; r++) {
      if (r === col) continue
      const f = m[r]![col]! / m[col]![col]!
      for (let c = col; c < 4; c++) m[r]![c]! -= f * m[col]![c]!
    }
  }
  return [m[0]![3]! / m[0]![0]!, m[1]![3]! / m[1]![1]!, m[2]![3]! / m[2]![2]!]
}
