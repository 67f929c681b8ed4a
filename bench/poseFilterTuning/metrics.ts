import { mat4Decompose } from '../../src/core/math/mat4Decompose'
import { quatDeltaRotationVector } from '../../src/core/math/quatDeltaRotationVector'

/** Interocular distance of an average adult, cm: the yardstick for visible jitter. */
export const IOD_CM = 6.3
/** Nose bridge (where glasses sit) in MediaPipe's canonical face space, cm. */
const NOSE_BRIDGE_CM = [0, 2.6, 4.5] as const

/** Still-face jitter of the projected nose bridge, in % of the projected IOD. */
export interface Jitter {
  rmsPctIod: number
  p95PctIod: number
}

/**
 * Frame-to-frame motion of the nose bridge projected by a pinhole camera (x/-z, y/-z), divided by
 * the IOD projected at the face's depth: the focal length cancels, so the figure is what a
 * shopper sees whatever the camera. Frames before `warmup` are skipped (filter start-up).
 */
export function noseJitter(poses: readonly Float64Array[], warmup: number): Jitter {
  const steps: number[] = []
  let pu = 0
  let pv = 0
  for (let k = 0; k < poses.length; k++) {
    const m = poses[k]!
    const [x, y, z] = NOSE_BRIDGE_CM
    const px = m[0]! * x + m[4]! * y + m[8]! * z + m[12]!
    const py = m[1]! * x + m[5]! * y + m[9]! * z + m[13]!
    const pz = m[2]! * x + m[6]! * y + m[10]! * z + m[14]!
    const u = px / -pz
    const v = py / -pz
    const iod = IOD_CM / Math.abs(m[14]!)
    if (k > warmup) steps.push((Math.hypot(u - pu, v - pv) / iod) * 100)
    pu = u
    pv = v
  }
  let sumSq = 0
  for (const s of steps) sumSq += s * s
  steps.sort((a, b) => a - b)
  return {
    rmsPctIod: Math.sqrt(sumSq / Math.max(1, steps.length)),
    p95PctIod: steps[Math.min(steps.length - 1, Math.floor(0.95 * steps.length))] ?? 0,
  }
}

/** Translation of each pose, cm. */
export function translations(poses: readonly ArrayLike<number>[]): Float64Array[] {
  return poses.map((m) => Float64Array.of(m[12]!, m[13]!, m[14]!))
}

/** Rotation of each pose as a rotation vector (rad) relative to `base`'s, for linear comparison. */
export function rotationVectors(poses: readonly ArrayLike<number>[], base: ArrayLike<number>): Float64Array[] {
  const t = new Float64Array(3)
  const s = new Float64Array(3)
  const q0 = new Float64Array(4)
  const q = new Float64Array(4)
  mat4Decompose(base, t, q0, s)
  return poses.map((m) => {
    mat4Decompose(m, t, q, s)
    const v = new Float64Array(3)
    quatDeltaRotationVector(v, q0, q)
    return v
  })
}

const SHIFT_STEP_FRAMES = 0.05

/**
 * Lag in frames (fractional): the shift s minimising Σ |filtered[k] - reference(k - s)|² with the
 * reference linearly interpolated between frames (least squares over shifts in
 * [-2, maxShift], step 0.05 frame). Against a noisy reference the noise adds the same error to
 * every shift, so the minimum still sits at the true lag.
 */
export function lagFrames(
  filtered: readonly Float64Array[],
  reference: readonly Float64Array[],
  warmup: number,
  maxShift = 15,
): number {
  const n = Math.min(filtered.length, reference.length)
  // The same frames for every shift (reference(k - s) always inside the recording), so errors
  // at different shifts compare like with like.
  const start = Math.max(warmup, Math.ceil(maxShift) + 1)
  const end = n - 3
  let best = 0
  let bestErr = Infinity
  for (let s = -2; s <= maxShift + 1e-9; s += SHIFT_STEP_FRAMES) {
    let err = 0
    for (let k = start; k < end; k++) {
      const pos = k - s
      const i0 = Math.floor(pos)
      const frac = pos - i0
      const f = filtered[k]!
      const a = reference[i0]!
      const b = reference[i0 + 1]!
      for (let d = 0; d < f.length; d++) {
        const e = f[d]! - (a[d]! * (1 - frac) + b[d]! * frac)
        err += e * e
      }
    }
    if (err < bestErr) {
      bestErr = err
      best = s
    }
  }
  return Math.round(best * 100) / 100
}
