import { mat4Compose } from '../../src/core/math/mat4Compose'
import { quatFromRotationVector } from '../../src/core/math/quatFromRotationVector'
import { quatMultiply } from '../../src/core/math/quatMultiply'
import { gaussian } from '../../src/core/random/gaussian'
import { mulberry32 } from '../../src/core/random/mulberry32'

/**
 * Head-pose recording as the browser benchmark writes it: per frame, the 16 numbers of
 * MediaPipe's facial transformation matrix (column-major, cm). `movingClean` (synthetic only) is
 * the noise-free moving trajectory, used as the lag reference when present.
 */
export interface PoseRecording {
  fps: number
  still: number[][]
  moving: number[][]
  movingClean?: number[][]
}

const DEG = Math.PI / 180
/** Assumed tracker noise, 1σ per axis, until real recordings replace the synthetic one. */
const POSITION_NOISE_CM = 0.05
const ROTATION_NOISE_RAD = 0.2 * DEG
const FACE_DISTANCE_CM = 50
/** Moving face: side-to-side sway and a head shake, slow enough to be natural try-on motion. */
const SWAY_AMPLITUDE_CM = 8
const SWAY_HZ = 0.5
const YAW_AMPLITUDE_RAD = 25 * DEG
const YAW_HZ = 0.4

/**
 * Synthesises a recording: `stillSec` of a fixed pose at 50 cm and `movingSec` of sinusoidal
 * motion (±8 cm sway at 0.5 Hz, ±25° yaw at 0.4 Hz), both with Gaussian noise from a seeded
 * mulberry32, so runs are reproducible. 30 s still keeps the jitter estimate steady across seeds.
 */
export function synthesizeRecording(seed: number, fps = 30, stillSec = 30, movingSec = 20): PoseRecording {
  const random = mulberry32(seed)
  const q = new Float64Array(4)
  const noise = new Float64Array(4)
  const t = new Float64Array(3)
  const unit = [1, 1, 1]

  const frame = (x: number, y: number, z: number, rx: number, ry: number, rz: number, noisy: boolean): number[] => {
    quatFromRotationVector(q, [rx, ry, rz])
    t[0] = x
    t[1] = y
    t[2] = z
    if (noisy) {
      const s = ROTATION_NOISE_RAD
      quatFromRotationVector(noise, [s * gaussian(random), s * gaussian(random), s * gaussian(random)])
      quatMultiply(q, noise, q)
      for (let i = 0; i < 3; i++) t[i] = t[i]! + POSITION_NOISE_CM * gaussian(random)
    }
    return Array.from(mat4Compose(new Float64Array(16), t, q, unit) as Float64Array)
  }

  const still: number[][] = []
  for (let k = 0; k < stillSec * fps; k++) {
    still.push(frame(0.5, -1, -FACE_DISTANCE_CM, 0.05, 0.1, 0, true))
  }
  const moving: number[][] = []
  const movingClean: number[][] = []
  for (let k = 0; k < movingSec * fps; k++) {
    const time = k / fps
    const x = SWAY_AMPLITUDE_CM * Math.sin(2 * Math.PI * SWAY_HZ * time)
    const yaw = YAW_AMPLITUDE_RAD * Math.sin(2 * Math.PI * YAW_HZ * time)
    movingClean.push(frame(x, -1, -FACE_DISTANCE_CM, 0.05, yaw, 0, false))
    moving.push(frame(x, -1, -FACE_DISTANCE_CM, 0.05, yaw, 0, true))
  }
  return { fps, still, moving, movingClean }
}
