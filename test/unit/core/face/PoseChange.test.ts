import { describe, expect, it } from 'vitest'
import { createAnchorPoses } from '../../../../src/core/face/computeAnchors'
import { PoseChange, REDRAW_MIN_TRANSLATION_CM } from '../../../../src/core/face/PoseChange'
import { BLENDSHAPE_COUNT, LANDMARK_COUNT, type FaceResult } from '../../../../src/core/face/types'

function result(): FaceResult {
  const poseMatrix = new Float64Array([1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, -45, 1])
  return { tracked: true, faceCount: 1, timestampMs: 0, poseMatrix, anchors: createAnchorPoses(), blendshapes: new Float32Array(BLENDSHAPE_COUNT), landmarks: new Float32Array(LANDMARK_COUNT * 3) }
}

describe('PoseChange', () => {
  it('asks for the first draw, then not for an identical pose', () => {
    const change = new PoseChange()
    const r = result()
    expect(change.update(r, 'noseBridge')).toBe(true)
    expect(change.update(r, 'noseBridge')).toBe(false)
  })

  it('ignores sub-threshold motion but not a visible move, a turn or a lost face', () => {
    const change = new PoseChange()
    const r = result()
    change.update(r, 'noseBridge')
    r.poseMatrix[12] = REDRAW_MIN_TRANSLATION_CM / 2
    expect(change.update(r, 'noseBridge')).toBe(false)
    r.poseMatrix[12] = REDRAW_MIN_TRANSLATION_CM * 3
    expect(change.update(r, 'noseBridge')).toBe(true)
    r.poseMatrix[8] = 0.01
    expect(change.update(r, 'noseBridge')).toBe(true)
    r.anchors.noseBridge.position[1] = 0.1
    expect(change.update(r, 'noseBridge')).toBe(true)
    r.tracked = false
    expect(change.update(r, 'noseBridge')).toBe(true)
    expect(change.update(r, 'noseBridge')).toBe(false)
  })

  it('redraws after reset', () => {
    const change = new PoseChange()
    const r = result()
    change.update(r, 'noseBridge')
    change.reset()
    expect(change.update(r, 'noseBridge')).toBe(true)
  })
})
