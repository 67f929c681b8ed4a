import { describe, expect, it } from 'vitest'
import { CameraGazeEstimator } from '../../../../src/core/gaze/CameraGazeEstimator'
import { poseWithYaw, syntheticEyes } from './syntheticEyes'

const screen = { widthCm: 34, heightCm: 20, cameraAboveTopCm: 1 }
const face = (irisH: number, t: number) => ({
  landmarks: syntheticEyes({ irisH }),
  pose: poseWithYaw(0),
  eyesCentre: [0, -11, -50],
  aspect: 1,
  timestampSec: t,
})

describe('CameraGazeEstimator', () => {
  it('reports a frontal look at the screen centre with the uncalibrated confidence', () => {
    const e = new CameraGazeEstimator(screen)
    const s = e.estimate(face(0, 0))!
    expect(s.x).toBeCloseTo(0.5, 5)
    expect(s.y).toBeCloseTo(0.5, 5)
    expect(s.confidence).toBeCloseTo(0.6)
  })

  it("moves the point to the shopper's right when the irises move to the image left", () => {
    const e = new CameraGazeEstimator(screen)
    expect(e.estimate(face(-0.1, 0))!.x).toBeGreaterThan(0.6)
  })

  it('reports relative to where the page sits on the screen', () => {
    const e = new CameraGazeEstimator(screen)
    e.setViewport({ left: 0.5, top: 0, width: 0.5, height: 1 })
    expect(e.estimate(face(0, 0))!.x).toBeCloseTo(0, 5)
  })

  it('smooths small jitter and reuses one sample object', () => {
    const e = new CameraGazeEstimator(screen)
    const first = e.estimate(face(0, 0))!
    let xs: number[] = []
    for (let i = 1; i <= 30; i++) xs.push(e.estimate(face(i % 2 ? 0.01 : -0.01, i / 30))!.x)
    xs = xs.slice(10)
    const rawStep = Math.abs(e.uncalibrated[0]! - 0.5) * 2
    expect(Math.max(...xs) - Math.min(...xs)).toBeLessThan(rawStep / 2)
    expect(e.estimate(face(0, 2))).toBe(first)
  })

  it('applies a calibration and trusts it by its residual', () => {
    const e = new CameraGazeEstimator(screen)
    e.setCalibration({ x: [0.1, 1, 0], y: [0, 0, 1], rmsError: 0.025, dots: 5 })
    const s = e.estimate(face(0, 0))!
    expect(s.x).toBeCloseTo(0.6, 5)
    expect(s.confidence).toBeCloseTo(0.9)
  })
})
