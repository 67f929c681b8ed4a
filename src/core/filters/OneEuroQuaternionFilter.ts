import { quatDot } from '../math/quatDot'
import { quatDeltaRotationVector } from '../math/quatDeltaRotationVector'
import { quatSlerp } from '../math/quatSlerp'
import type { NumericArray } from '../math/types'
import {
  ONE_EURO_BETA,
  ONE_EURO_D_CUTOFF_HZ,
  ONE_EURO_MAX_GAP_SEC,
  ONE_EURO_MIN_CUTOFF_HZ,
} from './oneEuroDefaults'
import { smoothingAlpha } from './smoothingAlpha'
import type { OneEuroParams } from './types'

/**
 * 1€ filter (Casiez, Roussel & Vogel, CHI 2012) on rotations given as unit quaternions
 * [x, y, z, w]. The paper's scalar steps are carried onto the rotation group:
 * - the derivative is the angular velocity (rotation vector between successive samples / dt),
 *   low-passed as a vector at `dCutoffHz`; its norm (rad/s) drives the cutoff
 *   f_c = minCutoff + β·|ω̂|. Smoothing the vector before the norm lets noise average out instead
 *   of adding up as a positive speed bias on a still face;
 * - the exponential smoothing step is a slerp from the previous output towards the input by α.
 * Inputs are normalised and flipped to the previous output's hemisphere (q and -q are one
 * rotation), so a sign flip from the tracker never makes the output spin the long way round.
 * The output is always unit length. Same edge cases as {@link OneEuroFilter}; a zero or
 * non-finite quaternion counts as a missing sample. `filter` allocates nothing.
 */
export class OneEuroQuaternionFilter implements OneEuroParams {
  minCutoffHz: number
  beta: number
  dCutoffHz: number
  maxGapSec: number

  private started = false
  private lastTimeSec = 0
  private readonly input = new Float64Array(4)
  private readonly lastRaw = new Float64Array(4)
  private readonly lastOutput = new Float64Array([0, 0, 0, 1])
  private readonly angularVelocity = new Float64Array(3)
  private readonly delta = new Float64Array(3)

  constructor(params: Partial<OneEuroParams> = {}) {
    this.minCutoffHz = params.minCutoffHz ?? ONE_EURO_MIN_CUTOFF_HZ
    this.beta = params.beta ?? ONE_EURO_BETA
    this.dCutoffHz = params.dCutoffHz ?? ONE_EURO_D_CUTOFF_HZ
    this.maxGapSec = params.maxGapSec ?? ONE_EURO_MAX_GAP_SEC
  }

  /**
   * Filters rotation `q` sampled at `timestampSec` and writes the unit estimate into `out`
   * (which may be `q`). Returns `out`.
   */
  filter(q: ArrayLike<number>, timestampSec: number, out: NumericArray): NumericArray {
    const input = this.input
    const lengthSq = q[0]! * q[0]! + q[1]! * q[1]! + q[2]! * q[2]! + q[3]! * q[3]!
    const valid = lengthSq > 0 && Number.isFinite(lengthSq) && Number.isFinite(timestampSec)
    if (!valid) return this.copyOutput(out)
    const inv = 1 / Math.sqrt(lengthSq)
    for (let i = 0; i < 4; i++) input[i] = q[i]! * inv

    const dt = timestampSec - this.lastTimeSec
    if (!this.started || Math.abs(dt) > this.maxGapSec) {
      this.started = true
      this.lastTimeSec = timestampSec
      this.lastRaw.set(input)
      this.lastOutput.set(input)
      this.angularVelocity.fill(0)
      return this.copyOutput(out)
    }
    if (dt <= 0) return this.copyOutput(out)

    const output = this.lastOutput
    if (quatDot(input, output) < 0) {
      for (let i = 0; i < 4; i++) input[i] = -input[i]!
    }

    quatDeltaRotationVector(this.delta, this.lastRaw, input)
    const dAlpha = smoothingAlpha(this.dCutoffHz, dt)
    let speedSq = 0
    for (let i = 0; i < 3; i++) {
      const w = this.angularVelocity[i]! + dAlpha * (this.delta[i]! / dt - this.angularVelocity[i]!)
      this.angularVelocity[i] = w
      speedSq += w * w
    }
    const alpha = smoothingAlpha(this.minCutoffHz + this.beta * Math.sqrt(speedSq), dt)
    quatSlerp(output, output, input, alpha)
    this.lastRaw.set(input)
    this.lastTimeSec = timestampSec
    return this.copyOutput(out)
  }

  /** Forgets the history (call on face loss): the next sample passes through. */
  reset(): void {
    this.started = false
    this.lastOutput[0] = 0
    this.lastOutput[1] = 0
    this.lastOutput[2] = 0
    this.lastOutput[3] = 1
    this.angularVelocity.fill(0)
  }

  private copyOutput(out: NumericArray): NumericArray {
    const o = this.lastOutput
    out[0] = o[0]!
    out[1] = o[1]!
    out[2] = o[2]!
    out[3] = o[3]!
    return out
  }
}
