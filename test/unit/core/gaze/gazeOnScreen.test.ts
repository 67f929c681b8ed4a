import { describe, expect, it } from 'vitest'
import { gazeOnScreen } from '../../../../src/core/gaze/gazeOnScreen'
import type { EyeGaze } from '../../../../src/core/gaze/types'

const screen = { widthCm: 34, heightCm: 20, cameraAboveTopCm: 1 }
const gaze = (yawRad: number, pitchRad: number): EyeGaze => ({ yawRad, pitchRad, openness: 0.3, headYawRad: 0, headPitchRad: 0 })

describe('gazeOnScreen', () => {
  it('puts a straight gaze from below the camera straight ahead on the screen', () => {
    const out = new Float64Array(2)
    expect(gazeOnScreen([0, -11, -50], gaze(0, 0), screen, out)).toBe(true)
    expect(out[0]).toBeCloseTo(0.5, 6)
    expect(out[1]).toBeCloseTo(0.5, 6)
  })

  it("maps the camera's +X to the shopper's left", () => {
    const out = new Float64Array(2)
    gazeOnScreen([0, -11, -50], gaze(Math.atan(8.5 / 50), 0), screen, out)
    expect(out[0]).toBeCloseTo(0.25, 3)
  })

  it('moves down the screen when the gaze pitches down', () => {
    const out = new Float64Array(2)
    gazeOnScreen([0, -1, -50], gaze(0, Math.atan(-10 / 50)), screen, out)
    expect(out[1]).toBeCloseTo(0.5, 3)
  })

  it('gives no point for a gaze away from the screen', () => {
    const out = new Float64Array([7, 7])
    expect(gazeOnScreen([0, 0, -50], gaze(Math.PI, 0), screen, out)).toBe(false)
    expect(gazeOnScreen([0, 0, 10], gaze(0, 0), screen, out)).toBe(false)
    expect([...out]).toEqual([7, 7])
  })
})
