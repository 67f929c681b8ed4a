import { describe, expect, it } from 'vitest'
import { computeAnchorPoses, createAnchorPoses } from '../../../../src/core/face/computeAnchors'
import { FacePoseChain } from '../../../../src/core/face/FacePoseChain'
import { projectToUv } from '../../../../src/core/face/projectToUv'
import { LANDMARK_COUNT, type TrackingCamera } from '../../../../src/core/face/types'

const camera: TrackingCamera = { verticalFovDeg: 63, aspect: 4 / 3 }
const matrix = [1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 1, -2, -45, 1]

/** Landmark 168 a little to the right of where the canonical face puts the nose bridge. */
function landmarks(): Float32Array {
  const poses = createAnchorPoses()
  computeAnchorPoses(matrix, new Float32Array(0), camera, poses)
  const uv = new Float64Array(2)
  projectToUv(poses.noseBridge.position, camera, uv)
  const out = new Float32Array(LANDMARK_COUNT * 3)
  out[168 * 3] = uv[0]! + 0.01
  out[168 * 3 + 1] = uv[1]!
  return out
}

const bridgeU = (out: { anchors: ReturnType<typeof createAnchorPoses> }): number => {
  const uv = new Float64Array(2)
  projectToUv(out.anchors.noseBridge.position, camera, uv)
  return uv[0]!
}

describe('FacePoseChain', () => {
  it('puts the glasses on the nose-bridge landmark from tracked results, and on the pose alone for a held pose', () => {
    const marks = landmarks()
    const tracked = new FacePoseChain()
    const trackedOut = { poseMatrix: new Float64Array(16), anchors: createAnchorPoses() }
    for (let k = 0; k < 150; k++) tracked.update(matrix, marks, camera, k / 30, trackedOut)
    expect(bridgeU(trackedOut)).toBeCloseTo(marks[168 * 3]!, 3)

    const held = new FacePoseChain()
    const heldOut = { poseMatrix: new Float64Array(16), anchors: createAnchorPoses() }
    for (let k = 0; k < 150; k++) held.update(matrix, undefined, camera, k / 30, heldOut)
    expect(bridgeU(heldOut)).toBeCloseTo(marks[168 * 3]! - 0.01, 3)
  })

  it('after reset, a face that comes back elsewhere is shown there at once', () => {
    const chain = new FacePoseChain()
    const out = { poseMatrix: new Float64Array(16), anchors: createAnchorPoses() }
    for (let k = 0; k < 30; k++) chain.update(matrix, undefined, camera, k / 30, out)
    chain.reset()
    const moved = [...matrix]
    moved[12] = 6
    chain.update(moved, undefined, camera, 1.1, out)
    expect(out.poseMatrix[12]).toBeCloseTo(6, 6)
  })
})
