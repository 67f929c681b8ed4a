import { describe, expect, it } from 'vitest'
import { PoseFilter } from '../../../../src/core/filters/PoseFilter'
import { mat4Compose } from '../../../../src/core/math/mat4Compose'
import { mat4Decompose } from '../../../../src/core/math/mat4Decompose'
import { quatFromRotationVector } from '../../../../src/core/math/quatFromRotationVector'
import { gaussian } from '../../../../src/core/random/gaussian'
import { mulberry32 } from '../../../../src/core/random/mulberry32'

const DT = 1 / 30
const DEG = Math.PI / 180
/** Nose bridge in MediaPipe's canonical face space, cm. */
const NOSE_BRIDGE = [0, 2.6, 4.5]

function transformPoint(m: ArrayLike<number>, p: readonly number[]): number[] {
  const [x, y, z] = p as [number, number, number]
  return [0, 1, 2].map((r) => m[r]! * x + m[4 + r]! * y + m[8 + r]! * z + m[12 + r]!)
}

/** A still head 50 cm in front of the camera, with tracker-like noise. */
function noisyPose(random: () => number, scale = 1): Float32Array {
  const q = quatFromRotationVector(new Float64Array(4), [
    0.2 * DEG * gaussian(random),
    0.1 + 0.2 * DEG * gaussian(random),
    0.2 * DEG * gaussian(random),
  ])
  const t = [1 + 0.05 * gaussian(random), -2 + 0.05 * gaussian(random), -50 + 0.05 * gaussian(random)]
  return mat4Compose(new Float32Array(16), t, q, [scale, scale, scale]) as Float32Array
}

describe('PoseFilter', () => {
  /** RMS frame-to-frame nose-bridge motion of a still, noisy head: [raw, filtered], after `warmup` frames. */
  function bridgeJitter(frames: number, rateHz: number, warmup: number): [number, number] {
    const random = mulberry32(2024)
    const f = new PoseFilter()
    const out = new Float64Array(16)
    let prevRaw: number[] = []
    let prevOut: number[] = []
    let rawSq = 0
    let outSq = 0
    for (let i = 0; i < frames; i++) {
      const m = noisyPose(random)
      f.filter(m, i / rateHz, out)
      const pRaw = transformPoint(m, NOSE_BRIDGE)
      const pOut = transformPoint(out, NOSE_BRIDGE)
      if (i > warmup) {
        for (let k = 0; k < 3; k++) {
          rawSq += (pRaw[k]! - prevRaw[k]!) ** 2
          outSq += (pOut[k]! - prevOut[k]!) ** 2
        }
      }
      prevRaw = pRaw
      prevOut = pOut
    }
    return [Math.sqrt(rawSq), Math.sqrt(outSq)]
  }

  it('reduces the nose-bridge jitter of a still, noisy head more than four times', () => {
    const [raw, filtered] = bridgeJitter(600, 1 / DT, 30)
    expect(filtered).toBeLessThan(raw / 4)
  })

  it('still more than halves the nose-bridge jitter at 6 results/s (a slow tracker)', () => {
    const [raw, filtered] = bridgeJitter(300, 6, 6)
    expect(filtered).toBeLessThan(raw / 2)
  })

  it('keeps the frames within 3° of a ±25° head shake at 6 results/s', () => {
    const f = new PoseFilter()
    const out = new Float64Array(16)
    const q = new Float64Array(4)
    let worst = 0
    for (let i = 0; i < 120; i++) {
      const t = i / 6
      const yaw = 25 * DEG * Math.sin(2 * Math.PI * 0.4 * t)
      f.filter(mat4Compose(new Float64Array(16), [0, 0, -50], quatFromRotationVector(q, [0, yaw, 0]), [1, 1, 1]), t, out)
      if (i > 12) worst = Math.max(worst, Math.abs(Math.atan2(out[8]!, out[10]!) - yaw))
    }
    expect(worst).toBeLessThan(3 * DEG)
  })

  it('keeps a uniform scale and writes a rigid pose with that scale', () => {
    const random = mulberry32(9)
    const f = new PoseFilter()
    const out = new Float64Array(16)
    for (let i = 0; i < 60; i++) f.filter(noisyPose(random, 1.7), i * DT, out)
    const t = new Float64Array(3)
    const q = new Float64Array(4)
    const s = new Float64Array(3)
    mat4Decompose(out, t, q, s)
    for (const v of s) expect(v).toBeCloseTo(1.7, 4)
    expect(out[15]).toBe(1)
    expect(f.position[2]).toBeCloseTo(-50, 0)
  })

  it('shows the measured pose right after reset instead of sliding from the old one', () => {
    const f = new PoseFilter()
    const out = new Float64Array(16)
    const here = mat4Compose(new Float64Array(16), [0, 0, -50], [0, 0, 0, 1], [1, 1, 1])
    const there = mat4Compose(new Float64Array(16), [10, 5, -40], quatFromRotationVector([0, 0, 0, 0], [0, 0.5, 0]), [1, 1, 1])
    for (let i = 0; i < 30; i++) f.filter(here, i * DT, out)
    f.reset()
    f.filter(there, 30 * DT, out)
    for (let i = 0; i < 16; i++) expect(out[i]).toBeCloseTo(there[i]!, 6)
  })

  it('never outputs NaN for a zero matrix, identical timestamps or a corrupt matrix', () => {
    const f = new PoseFilter()
    const out = new Float64Array(16)
    const random = mulberry32(4)
    f.filter(new Float32Array(16), 0, out)
    f.filter(new Float32Array(16), 0, out)
    f.filter(noisyPose(random), DT, out)
    f.filter(noisyPose(random), DT, out)
    const corrupt = noisyPose(random)
    corrupt[5] = Number.NaN
    f.filter(corrupt, 2 * DT, out)
    f.filter(noisyPose(random), 3 * DT, out)
    for (const v of out) expect(Number.isFinite(v)).toBe(true)
  })
})
