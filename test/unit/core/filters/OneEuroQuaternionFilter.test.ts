import { describe, expect, it } from 'vitest'
import { OneEuroQuaternionFilter } from '../../../../src/core/filters/OneEuroQuaternionFilter'
import { quatAngleBetween } from '../../../../src/core/math/quatAngleBetween'
import { quatFromRotationVector } from '../../../../src/core/math/quatFromRotationVector'
import { quatMultiply } from '../../../../src/core/math/quatMultiply'
import { gaussian } from '../../../../src/core/random/gaussian'
import { mulberry32 } from '../../../../src/core/random/mulberry32'

const DT = 1 / 30
const DEG = Math.PI / 180

function norm(q: ArrayLike<number>): number {
  return Math.hypot(q[0]!, q[1]!, q[2]!, q[3]!)
}

/** A fixed pose rotated by a small random rotation (`sigmaRad` per axis). */
function noisy(base: ArrayLike<number>, sigmaRad: number, random: () => number): Float64Array {
  const v = [sigmaRad * gaussian(random), sigmaRad * gaussian(random), sigmaRad * gaussian(random)]
  const q = quatFromRotationVector(new Float64Array(4), v) as Float64Array
  return quatMultiply(q, q, base) as Float64Array
}

/** Angle (rad) by which the output trails a yaw turning at `rateRadPerSec` after 2 s. */
function turnLag(beta: number, rateRadPerSec: number): number {
  const f = new OneEuroQuaternionFilter({ minCutoffHz: 1, beta })
  const q = new Float64Array(4)
  const y = new Float64Array(4)
  for (let i = 0; i < 60; i++) {
    quatFromRotationVector(q, [0, rateRadPerSec * i * DT, 0])
    f.filter(q, i * DT, y)
  }
  return quatAngleBetween(q, y)
}

describe('OneEuroQuaternionFilter', () => {
  const base = quatFromRotationVector(new Float64Array(4), [0.1, 0.4, -0.2])

  it('passes the first sample through and keeps a constant rotation constant', () => {
    const f = new OneEuroQuaternionFilter({ beta: 1 })
    const y = new Float64Array(4)
    for (let i = 0; i < 50; i++) {
      f.filter(base, i * DT, y)
      expect(quatAngleBetween(y, base)).toBeLessThan(1e-9)
    }
  })

  it('gives the same smooth output for q and -q inputs without spinning', () => {
    const random = mulberry32(3)
    const plain = new OneEuroQuaternionFilter({ beta: 1 })
    const flipped = new OneEuroQuaternionFilter({ beta: 1 })
    const a = new Float64Array(4)
    const b = new Float64Array(4)
    const prev = new Float64Array(base)
    for (let i = 0; i < 200; i++) {
      const q = noisy(base, 0.5 * DEG, random)
      plain.filter(q, i * DT, a)
      // Every other frame arrives with the opposite sign, as trackers sometimes emit.
      const sign = i % 2 === 0 ? 1 : -1
      flipped.filter([sign * q[0]!, sign * q[1]!, sign * q[2]!, sign * q[3]!], i * DT, b)
      expect(quatAngleBetween(a, b)).toBeLessThan(1e-9)
      expect(quatAngleBetween(b, prev)).toBeLessThan(2 * DEG)
      prev.set(b)
    }
  })

  it('keeps the output unit length even for unnormalised input', () => {
    const random = mulberry32(5)
    const f = new OneEuroQuaternionFilter({ beta: 3 })
    const y = new Float64Array(4)
    for (let i = 0; i < 300; i++) {
      const q = noisy(base, 20 * DEG, random)
      const scale = 0.5 + random() * 3
      f.filter([q[0]! * scale, q[1]! * scale, q[2]! * scale, q[3]! * scale], i * DT, y)
      expect(norm(y)).toBeCloseTo(1, 12)
    }
  })

  it('reduces frame-to-frame angular jitter of a still noisy rotation more than five times', () => {
    const random = mulberry32(11)
    const f = new OneEuroQuaternionFilter({ minCutoffHz: 1, beta: 1 })
    const y = new Float64Array(4)
    const prevY = new Float64Array(4)
    let prevQ: Float64Array = new Float64Array(base)
    let rawSq = 0
    let outSq = 0
    for (let i = 0; i < 600; i++) {
      const q = noisy(base, 0.2 * DEG, random)
      f.filter(q, i * DT, y)
      if (i > 30) {
        rawSq += quatAngleBetween(q, prevQ) ** 2
        outSq += quatAngleBetween(y, prevY) ** 2
      }
      prevQ = q
      prevY.set(y)
    }
    expect(Math.sqrt(outSq)).toBeLessThan(Math.sqrt(rawSq) / 5)
  })

  it('lags less behind a head turn as beta grows', () => {
    const lags = [0, 0.5, 5].map((beta) => turnLag(beta, 1))
    expect(lags[1]!).toBeLessThan(lags[0]!)
    expect(lags[2]!).toBeLessThan(lags[1]!)
  })

  it('holds on repeated timestamps and jumps to the new rotation after a long gap', () => {
    const f = new OneEuroQuaternionFilter({ maxGapSec: 0.5 })
    const y = new Float64Array(4)
    f.filter([0, 0, 0, 1], 0, y)
    f.filter(base, DT, y)
    const held = new Float64Array(y)
    f.filter([0, 1, 0, 0], DT, y)
    expect(Array.from(y)).toEqual(Array.from(held))
    f.filter(base, DT + 1, y)
    expect(quatAngleBetween(y, base)).toBeLessThan(1e-12)
  })

  it('never outputs NaN for zero quaternions, identical timestamps or NaN input', () => {
    const f = new OneEuroQuaternionFilter({ beta: 1 })
    const y = new Float64Array(4)
    f.filter([0, 0, 0, 0], 0, y)
    expect(Array.from(y)).toEqual([0, 0, 0, 1])
    f.filter(base, 0, y)
    f.filter(base, 0, y)
    f.filter([Number.NaN, 0, 0, 1], DT, y)
    f.filter([0, 0, 0, 0], 2 * DT, y)
    f.filter(base, 3 * DT, y)
    for (const v of y) expect(Number.isFinite(v)).toBe(true)
    expect(norm(y)).toBeCloseTo(1, 12)
  })
})
