import { describe, expect, it } from 'vitest'
import { createEyeGaze, eyeGaze } from '../../../../src/core/gaze/eyeGaze'
import { poseWithYaw, syntheticEyes } from './syntheticEyes'

describe('eyeGaze', () => {
  it('reads a frontal face with centred irises as looking straight ahead', () => {
    const g = eyeGaze(syntheticEyes(), poseWithYaw(0), 1, createEyeGaze())
    expect(g.yawRad).toBeCloseTo(0, 5)
    expect(g.pitchRad).toBeCloseTo(0, 5)
    expect(g.openness).toBeCloseTo(0.3, 5)
  })

  it('turns the gaze towards the image right when the irises move right', () => {
    const g = eyeGaze(syntheticEyes({ irisH: 0.3 }), poseWithYaw(0), 1, createEyeGaze())
    expect(g.yawRad).toBeGreaterThan(0.3)
    expect(g.pitchRad).toBeCloseTo(0, 5)
  })

  it('lowers the gaze when the irises move down', () => {
    const g = eyeGaze(syntheticEyes({ irisV: 0.2 }), poseWithYaw(0), 1, createEyeGaze())
    expect(g.pitchRad).toBeLessThan(-0.2)
  })

  it('adds the head yaw to the eye yaw', () => {
    const head = eyeGaze(syntheticEyes(), poseWithYaw(0.4), 1, createEyeGaze())
    expect(head.headYawRad).toBeCloseTo(0.4, 5)
    expect(head.yawRad).toBeCloseTo(0.4, 5)
  })

  it('does not mistake head roll for eye movement', () => {
    const g = eyeGaze(syntheticEyes({ rollRad: 0.5 }), poseWithYaw(0), 1, createEyeGaze())
    expect(g.yawRad).toBeCloseTo(0, 5)
    expect(g.pitchRad).toBeCloseTo(0, 5)
  })

  it('scales image x by the aspect so wide videos read the same', () => {
    const square = eyeGaze(syntheticEyes({ irisH: 0.2, irisV: 0.1 }), poseWithYaw(0), 1, createEyeGaze())
    const eyes = syntheticEyes({ irisH: 0.2, irisV: 0.1 })
    for (let i = 0; i < eyes.length; i += 3) eyes[i] = 0.5 + (eyes[i]! - 0.5) * 0.75
    const wide = eyeGaze(eyes, poseWithYaw(0), 4 / 3, createEyeGaze())
    expect(wide.yawRad).toBeCloseTo(square.yawRad, 4)
    expect(wide.pitchRad).toBeCloseTo(square.pitchRad, 4)
  })

  it('reports closed eyes through the openness', () => {
    expect(eyeGaze(syntheticEyes({ openness: 0.05 }), poseWithYaw(0), 1, createEyeGaze()).openness).toBeCloseTo(0.05, 5)
  })
})
