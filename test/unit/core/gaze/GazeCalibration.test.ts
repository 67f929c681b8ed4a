import { describe, expect, it } from 'vitest'
import { applyGazeCalibration, GazeCalibration, GazeCalibrationError } from '../../../../src/core/gaze/GazeCalibration'
import { gazeConfidence } from '../../../../src/core/gaze/gazeConfidence'

const DOTS = [[0.1, 0.1], [0.9, 0.1], [0.5, 0.5], [0.1, 0.9], [0.9, 0.9]] as const

/** What an uncalibrated estimator might report for a target: shrunk, shifted, sheared, noisy. */
function distorted(x: number, y: number, noise: number): [number, number] {
  return [0.2 + 0.6 * x + 0.1 * y + noise, 0.35 + 0.4 * y - 0.05 * x - noise]
}

function calibrate(points: (x: number, y: number, i: number) => [number, number]) {
  const c = new GazeCalibration()
  DOTS.forEach(([x, y], d) => {
    c.beginDot(x, y)
    for (let i = 0; i < 10; i++) c.addSample(...points(x, y, d * 10 + i))
  })
  return c
}

describe('GazeCalibration', () => {
  it('recovers the targets from a distorted, noisy estimate', () => {
    const fit = calibrate((x, y, i) => distorted(x, y, ((i * 7919) % 11 - 5) * 0.001)).fit()
    expect(fit.dots).toBe(5)
    expect(fit.rmsError).toBeLessThan(0.01)
    const p = new Float64Array(distorted(0.3, 0.7, 0))
    applyGazeCalibration(fit, p)
    expect(p[0]).toBeCloseTo(0.3, 2)
    expect(p[1]).toBeCloseTo(0.7, 2)
  })

  it('refuses when the gaze never moved between dots', () => {
    expect(() => calibrate(() => [0.5, 0.4]).fit()).toThrow(/did not seem to move/)
  })

  it('takes tracker jitter on a still face for no movement, not for a line', () => {
    // A still face: the raw point wanders by a few % (mostly vertically), whatever the dot.
    expect(() => calibrate((_x, _y, i) => [0.56 + ((i * 37) % 5) * 0.002, -0.25 + ((i * 53) % 7) * 0.01]).fit()).toThrow(/did not seem to move/)
  })

  it('refuses when the gaze moved along one line only', () => {
    expect(() => calibrate((x) => [x, 0.4]).fit()).toThrow(/one line/)
  })

  it('refuses with fewer than three dots seen', () => {
    const c = new GazeCalibration()
    c.beginDot(0.1, 0.1)
    c.addSample(0.2, 0.2)
    c.beginDot(0.9, 0.9)
    c.beginDot(0.5, 0.5)
    c.addSample(0.5, 0.5)
    expect(() => c.fit()).toThrow(GazeCalibrationError)
    expect(() => c.fit()).toThrow(/seen at 2/)
  })

  it('ignores samples before the first dot and non-finite ones', () => {
    const c = calibrate((x, y) => distorted(x, y, 0))
    c.addSample(Number.NaN, 0.5)
    expect(c.fit().rmsError).toBeLessThan(1e-9)
  })
})

describe('gazeConfidence', () => {
  const open = { yawRad: 0, pitchRad: 0, openness: 0.3, headYawRad: 0, headPitchRad: 0 }
  it('is capped without calibration and rises with a good one', () => {
    expect(gazeConfidence(open, undefined)).toBeCloseTo(0.6)
    expect(gazeConfidence(open, 0.02)).toBeCloseTo(0.92)
  })
  it('is zero while the eyes are closed and falls as the head turns away', () => {
    expect(gazeConfidence({ ...open, openness: 0.05 }, 0.02)).toBe(0)
    expect(gazeConfidence({ ...open, headYawRad: 0.8 }, 0.02)).toBeLessThan(0.5)
    expect(gazeConfidence({ ...open, headYawRad: 1.2 }, 0.02)).toBe(0)
  })
})
